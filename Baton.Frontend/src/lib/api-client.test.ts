import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, getText, unwrap } from '@/lib/api-client';
import { getSession, setSession, type Session } from '@/lib/auth/session';
import { stubFetch } from '@/testing/stub-fetch';

function session(accessToken: string): Session {
  return {
    accessToken,
    accessTokenExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    user: { id: 'u1', email: 'ada@example.com' },
  };
}

// What the API answers a browser: the refresh token is only in the cookie.
function tokensBody(accessToken: string): string {
  return JSON.stringify({
    ...session(accessToken),
    refreshToken: null,
    refreshTokenExpiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  });
}

type Sent = { url: string; authorization: string | null; credentials: RequestCredentials };

// Answers by path; records the URL and Authorization header of every request.
function stubApi(answer: (path: string, authorization: string | null) => Response) {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input, init) => {
      const request =
        input instanceof Request
          ? input
          : new Request(new URL(String(input), 'http://localhost'), init);
      const authorization = request.headers.get('Authorization');
      sent.push({
        url: new URL(request.url).pathname,
        authorization,
        credentials: request.credentials,
      });
      return Promise.resolve(answer(new URL(request.url).pathname, authorization));
    }),
  );
  return sent;
}

describe('api client', () => {
  afterEach(() => {
    setSession(null);
  });

  it('sends the access token as Bearer', async () => {
    setSession(session('access-1'));
    const sent = stubApi(() => Response.json({ id: 'u1', email: 'ada@example.com' }));

    await expect(unwrap(api.GET('/api/auth/me'))).resolves.toEqual({
      id: 'u1',
      email: 'ada@example.com',
    });
    expect(sent).toEqual([
      { url: '/api/auth/me', authorization: 'Bearer access-1', credentials: 'include' },
    ]);
  });

  it('refreshes once on 401 and sends the request again with the new token', async () => {
    setSession(session('access-1'));
    const sent = stubApi((path, authorization) => {
      if (path === '/api/auth/refresh') {
        return new Response(tokensBody('access-2'), { status: 200 });
      }
      return authorization === 'Bearer access-2'
        ? Response.json([])
        : new Response(null, { status: 401 });
    });

    await expect(unwrap(api.GET('/api/projects'))).resolves.toEqual([]);
    expect(sent.map((request) => `${request.url} ${request.authorization ?? ''}`)).toEqual([
      '/api/projects Bearer access-1',
      '/api/auth/refresh ',
      '/api/projects Bearer access-2',
    ]);
    expect(sent[1]?.credentials).toBe('include');
    expect(getSession()?.accessToken).toBe('access-2');
  });

  it('signs out when the refresh token is refused', async () => {
    setSession(session('access-1'));
    stubApi(() => new Response(null, { status: 401 }));

    await expect(unwrap(api.GET('/api/projects'))).rejects.toMatchObject({ status: 401 });
    expect(getSession()).toBeNull();
  });

  it('throws an ApiError with the problem detail of a failed request', async () => {
    setSession(session('access-1'));
    stubApi(() =>
      Response.json({ status: 409, detail: 'A project with this name exists.' }, { status: 409 }),
    );

    const failure = unwrap(
      api.POST('/api/projects', { body: { name: 'x', rootDirectory: '/x', bridgeId: 'b' } }),
    );

    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({
      status: 409,
      message: 'A project with this name exists.',
    });
  });

  it('returns the body of a status the caller accepts', async () => {
    stubFetch({ status: 503, body: 'Unhealthy' });

    await expect(getText('/health', { acceptedStatuses: [503] })).resolves.toBe('Unhealthy');
  });
});
