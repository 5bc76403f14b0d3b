import type { components } from '@/lib/api/schema.generated';
import { shareSession } from '@/lib/auth/session-channel';
import { getSession, isFresh, isRestored, setSession, type Session } from '@/lib/auth/session';
import { apiUrl } from '@/lib/api-url';

type AuthTokensResponse = components['schemas']['AuthTokensResponse'];

// The refresh token was in localStorage once, where any script could read it: forget it.
const formerSessionStorageKey = 'baton.session';

let inFlight: Promise<Session | null> | null = null;
let restoring: Promise<void> | null = null;

export function sessionFromTokens(tokens: AuthTokensResponse): Session {
  return {
    accessToken: tokens.accessToken,
    accessTokenExpiresAt: tokens.accessTokenExpiresAt,
    user: tokens.user,
  };
}

/**
 * Trades the refresh cookie for a new access token (and a new cookie), once at a time in this tab
 * and, through a Web Lock, across tabs: a spent refresh token signs the whole session out, so two
 * tabs must never present the same cookie at once. Resolves to null when the session is over.
 */
export function refreshSession(): Promise<Session | null> {
  const known = getSession()?.accessToken ?? null;
  inFlight ??= withRefreshLock(() => refreshUnderLock(known)).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/** Once per page: a reload, or a new tab, takes the session its refresh cookie still holds. */
export function restoreSession(): Promise<void> {
  localStorage.removeItem(formerSessionStorageKey);
  restoring ??= isRestored()
    ? Promise.resolve()
    : refreshSession().then(
        () => undefined,
        // The API did not answer: show the sign-in page rather than nothing.
        () => {
          setSession(null);
        },
      );
  return restoring;
}

async function refreshUnderLock(known: string | null): Promise<Session | null> {
  // Another tab may have refreshed, and shared its token, while this one waited for the lock.
  const current = getSession();
  if (current !== null && current.accessToken !== known && isFresh(current)) {
    return current;
  }

  const response = await fetch(apiUrl('/api/auth/refresh'), {
    method: 'POST',
    credentials: 'include',
    headers: { Accept: 'application/json' },
  });
  // 204: the browser holds no session; 401 or 400: its refresh token is spent, revoked or expired.
  if (response.status === 204 || response.status === 401 || response.status === 400) {
    shareSession(null);
    return null;
  }
  if (!response.ok) {
    throw new Error(`Refreshing the session answered ${response.status}.`);
  }
  const session = sessionFromTokens((await response.json()) as AuthTokensResponse);
  // Shared before the lock is released, so a tab waiting for it finds the new token.
  shareSession(session);
  return session;
}

function withRefreshLock<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && 'locks' in navigator) {
    return navigator.locks.request('baton-session-refresh', work) as Promise<T>;
  }
  return work();
}
