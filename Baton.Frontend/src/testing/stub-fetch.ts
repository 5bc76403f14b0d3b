import { vi } from 'vitest';

export type FetchAnswer = { status: number; body: string } | 'network-error';

// A response with one of these statuses may not carry a body, not even an empty one.
const nullBodyStatuses = new Set([204, 205, 304]);

// Replaces the global fetch for one test (Vitest restores it afterwards through unstubGlobals).
// Answers are given in order; the last one repeats for any later request.
export function stubFetch(...answers: [FetchAnswer, ...FetchAnswer[]]) {
  let next = 0;
  const fetchMock = vi.fn<typeof fetch>(() => {
    const answer = answers[Math.min(next, answers.length - 1)] ?? answers[0];
    next += 1;
    return answer === 'network-error'
      ? Promise.reject(new TypeError('Failed to fetch'))
      : Promise.resolve(
          new Response(nullBodyStatuses.has(answer.status) ? null : answer.body, {
            status: answer.status,
          }),
        );
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
