import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/lib/api/schema.generated';
import { refreshSession } from '@/lib/auth/refresh-session';
import { getSession, isFresh } from '@/lib/auth/session';
import { apiUrl } from '@/lib/api-url';
import { env } from '@/lib/env';

export class ApiError extends Error {
  readonly status: number;
  readonly detail: string;

  constructor(method: string, path: string, status: number, detail: string) {
    super(detail === '' ? `${method} ${path} answered ${status}.` : detail);
    this.name = 'ApiError';
    this.status = status;
    this.detail = detail;
  }
}

// Requests that carry credentials of their own (the refresh cookie), or none.
const anonymousPaths = [
  '/api/auth/sign-in',
  '/api/auth/sign-up',
  '/api/auth/refresh',
  '/api/auth/sign-out',
];

// Copies of sent requests by openapi-fetch's request id, so one answered 401 can be sent again.
const resendable = new Map<string, Request>();

export const authMiddleware: Middleware = {
  async onRequest({ request, schemaPath, id }) {
    if (anonymousPaths.includes(schemaPath)) {
      return request;
    }
    let session = getSession();
    if (session !== null && !isFresh(session)) {
      session = await refreshSession();
    }
    if (session === null) {
      return request;
    }
    request.headers.set('Authorization', `Bearer ${session.accessToken}`);
    resendable.set(id, request.clone());
    return request;
  },
  async onResponse({ response, id }) {
    const copy = resendable.get(id);
    resendable.delete(id);
    if (response.status !== 401 || copy === undefined) {
      return undefined;
    }
    // The token may have been revoked or expired early: refresh once and try again.
    const session = await refreshSession();
    if (session === null) {
      return undefined;
    }
    copy.headers.set('Authorization', `Bearer ${session.accessToken}`);
    return fetch(copy);
  },
  onError({ id }) {
    resendable.delete(id);
  },
};

export const api = createClient<paths>({
  // openapi-fetch builds absolute Request URLs, so the page's origin stands in for "same origin".
  baseUrl: env.apiBaseUrl === '' ? window.location.origin : env.apiBaseUrl,
  // Looked up per call, so tests can replace the global fetch.
  fetch: (request) => fetch(request),
  // The refresh cookie is set by sign-in and sign-up, also when the API is at an origin of its own.
  credentials: 'include',
});
api.use(authMiddleware);

type ApiResult<T> = { data?: T; error?: unknown; response: Response };

// Turns openapi-fetch's { data, error } into a value or a thrown ApiError with the problem's words.
export async function unwrap<T>(call: Promise<ApiResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const url = new URL(response.url === '' ? 'http://unknown/' : response.url);
    throw new ApiError('HTTP', url.pathname, response.status, problemText(error));
  }
  return data as T;
}

export function problemText(error: unknown): string {
  if (typeof error === 'string') {
    return error;
  }
  if (typeof error !== 'object' || error === null) {
    return '';
  }
  const problem = error as { detail?: unknown; title?: unknown; errors?: unknown };
  if (typeof problem.errors === 'object' && problem.errors !== null) {
    const messages = Object.values(problem.errors as Record<string, unknown>).flat();
    if (messages.length > 0) {
      return messages.filter((message) => typeof message === 'string').join(' ');
    }
  }
  if (typeof problem.detail === 'string') {
    return problem.detail;
  }
  return typeof problem.title === 'string' ? problem.title : '';
}

export type TextRequestOptions = {
  signal?: AbortSignal | undefined;
  // Statuses besides 2xx whose body is an answer rather than a failure (e.g. 503 from /health).
  acceptedStatuses?: readonly number[];
};

// For the few anonymous plain-text endpoints outside the OpenAPI document (/health).
export async function getText(path: string, options: TextRequestOptions = {}): Promise<string> {
  const response = await fetch(apiUrl(path), {
    headers: { Accept: 'text/plain' },
    signal: options.signal ?? null,
  });
  if (!response.ok && !options.acceptedStatuses?.includes(response.status)) {
    throw new ApiError('GET', path, response.status, await response.text());
  }
  return response.text();
}
