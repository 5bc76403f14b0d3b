import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { refreshSession, restoreSession } from '@/lib/auth/refresh-session';
import {
  getSession,
  isRestored,
  setSession,
  useSessionStore,
  type Session,
} from '@/lib/auth/session';
import { followSessionOfOtherTabs } from '@/lib/auth/session-channel';

function session(accessToken: string, expiresInMs = 3_600_000): Session {
  return {
    accessToken,
    accessTokenExpiresAt: new Date(Date.now() + expiresInMs).toISOString(),
    user: { id: 'u1', email: 'ada@example.com' },
  };
}

// The API's answer to a browser's refresh: the new refresh token went into the cookie, not here.
function refreshed(accessToken: string): Response {
  return Response.json({
    ...session(accessToken),
    refreshToken: null,
    refreshTokenExpiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  });
}

type RefreshCall = { method: string; credentials: RequestCredentials | undefined; body: unknown };

function stubRefresh(...answers: (() => Response)[]) {
  const calls: RefreshCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((_input, init) => {
      calls.push({
        method: init?.method ?? 'GET',
        credentials: init?.credentials,
        body: init?.body,
      });
      const answer = answers[Math.min(calls.length - 1, answers.length - 1)];
      return answer === undefined
        ? Promise.reject(new TypeError('Failed to fetch'))
        : Promise.resolve(answer());
    }),
  );
  return calls;
}

// Another tab of the same browser, on the channel the tabs share.
function otherTab() {
  const channel = new BroadcastChannel('baton-session');
  const heard: unknown[] = [];
  channel.addEventListener('message', (event: MessageEvent) => heard.push(event.data));
  return { channel, heard };
}

// A Web Lock that another tab holds until released.
function heldLock() {
  let release: (value: undefined) => void = () => undefined;
  const held = new Promise<undefined>((done) => {
    release = done;
  });
  vi.stubGlobal('navigator', {
    locks: {
      request: async (_name: string, work: () => Promise<unknown>) => {
        await held;
        return work();
      },
    },
  });
  return {
    release: () => {
      release(undefined);
    },
  };
}

describe('the session', () => {
  let tabs: BroadcastChannel[] = [];

  beforeEach(() => {
    useSessionStore.setState({ session: null, restored: false });
  });

  afterEach(() => {
    for (const tab of tabs) {
      tab.close();
    }
    tabs = [];
    localStorage.clear();
  });

  it('refreshes through the cookie, once for requests that ask at the same time', async () => {
    setSession(session('access-1', 30_000));
    const calls = stubRefresh(() => refreshed('access-2'));

    const [first, second] = await Promise.all([refreshSession(), refreshSession()]);

    expect(first?.accessToken).toBe('access-2');
    expect(second?.accessToken).toBe('access-2');
    expect(calls).toEqual([{ method: 'POST', credentials: 'include', body: undefined }]);
  });

  it('keeps no token in the page storage', async () => {
    setSession(session('access-1', 30_000));
    stubRefresh(() => refreshed('access-2'));

    await refreshSession();

    const stored = Object.keys(localStorage).map((key) => localStorage.getItem(key) ?? '');
    expect(stored.join()).not.toContain('access');
    expect(sessionStorage.length).toBe(0);
  });

  it('gives the refreshed token to the other tabs', async () => {
    const { channel, heard } = otherTab();
    tabs.push(channel);
    setSession(session('access-1', 30_000));
    stubRefresh(() => refreshed('access-2'));

    await refreshSession();

    await vi.waitFor(() => {
      expect(heard).toEqual([{ kind: 'signed-in', session: getSession() }]);
    });
  });

  it('takes the token another tab refreshed while this one waited for the lock, without refreshing', async () => {
    const stop = followSessionOfOtherTabs();
    const { channel } = otherTab();
    tabs.push(channel);
    setSession(session('access-1', 30_000));
    const lock = heldLock();
    const calls = stubRefresh(() => refreshed('access-3'));

    const waiting = refreshSession();
    channel.postMessage({ kind: 'signed-in', session: session('access-2') });
    await vi.waitFor(() => {
      expect(getSession()?.accessToken).toBe('access-2');
    });
    lock.release();

    await expect(waiting).resolves.toMatchObject({ accessToken: 'access-2' });
    expect(calls).toEqual([]);
    stop();
  });

  it('keeps its own fresh token when another tab refreshes, so its connection stays up', async () => {
    const stop = followSessionOfOtherTabs();
    const { channel } = otherTab();
    tabs.push(channel);
    setSession(session('access-1'));
    const taken: (string | null)[] = [];
    const unsubscribe = useSessionStore.subscribe((state) => {
      taken.push(state.session?.accessToken ?? null);
    });

    channel.postMessage({ kind: 'signed-in', session: session('access-2') });
    channel.postMessage({ kind: 'signed-out' });

    await vi.waitFor(() => {
      expect(taken).toEqual([null]);
    });
    unsubscribe();
    stop();
  });

  it('signs every tab out when the refresh cookie is refused', async () => {
    const { channel, heard } = otherTab();
    tabs.push(channel);
    setSession(session('access-1', 30_000));
    stubRefresh(() => new Response(null, { status: 401 }));

    await expect(refreshSession()).resolves.toBeNull();

    expect(getSession()).toBeNull();
    await vi.waitFor(() => {
      expect(heard).toEqual([{ kind: 'signed-out' }]);
    });
  });

  it('follows a sign-out in another tab', async () => {
    const stop = followSessionOfOtherTabs();
    const { channel } = otherTab();
    tabs.push(channel);
    setSession(session('access-1'));

    channel.postMessage({ kind: 'signed-out' });

    await vi.waitFor(() => {
      expect(getSession()).toBeNull();
    });
    stop();
  });
});

describe('restoring the session when the page opens', () => {
  beforeEach(() => {
    useSessionStore.setState({ session: null, restored: false });
  });

  it('takes the session the refresh cookie holds, and forgets a refresh token kept in localStorage', async () => {
    vi.resetModules();
    const { restoreSession: restore } = await import('@/lib/auth/refresh-session');
    const { getSession: current, isRestored: restored } = await import('@/lib/auth/session');
    localStorage.setItem('baton.session', '{"refreshToken":"brt_old"}');
    stubRefresh(() => refreshed('access-1'));

    await restore();

    expect(restored()).toBe(true);
    expect(current()?.accessToken).toBe('access-1');
    expect(localStorage.getItem('baton.session')).toBeNull();
  });

  it('asks once and shows the sign-in page when the browser holds no session', async () => {
    vi.resetModules();
    const { refreshSession: refresh, restoreSession: restore } =
      await import('@/lib/auth/refresh-session');
    const { getSession: current, isRestored: restored } = await import('@/lib/auth/session');
    const calls = stubRefresh(() => new Response(null, { status: 204 }));

    await restore();

    expect(calls).toHaveLength(1);
    // No session is an answer, not a failure: its empty body is not read as tokens.
    await expect(refresh()).resolves.toBeNull();
    expect(restored()).toBe(true);
    expect(current()).toBeNull();
  });

  it('shows the sign-in page when there is no session or the API does not answer', async () => {
    stubRefresh();

    await restoreSession();

    expect(isRestored()).toBe(true);
    expect(getSession()).toBeNull();
  });
});
