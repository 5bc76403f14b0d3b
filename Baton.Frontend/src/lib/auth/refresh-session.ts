import type { components } from '@/lib/api/schema.generated';
import { getSession, readStoredSession, setSession, type Session } from '@/lib/auth/session';
import { apiUrl } from '@/lib/api-url';

type AuthTokensResponse = components['schemas']['AuthTokensResponse'];

// A token that expires within this margin is refreshed rather than used.
export const refreshMarginMs = 60_000;

let inFlight: Promise<Session | null> | null = null;

export function sessionFromTokens(tokens: AuthTokensResponse): Session {
  return {
    accessToken: tokens.accessToken,
    accessTokenExpiresAt: tokens.accessTokenExpiresAt,
    refreshToken: tokens.refreshToken,
    refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
    user: tokens.user,
  };
}

export function isFresh(session: Session, now = Date.now()): boolean {
  return Date.parse(session.accessTokenExpiresAt) - now > refreshMarginMs;
}

/**
 * Trades the refresh token for a new pair, once at a time in this tab and, through a Web Lock,
 * across tabs: a spent refresh token signs the whole session out, so two tabs must never both
 * present the same one. Resolves to null when the session is over.
 */
export function refreshSession(): Promise<Session | null> {
  inFlight ??= withRefreshLock(refreshUnderLock).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function refreshUnderLock(): Promise<Session | null> {
  const known = getSession();
  // Another tab may have refreshed while this one waited for the lock.
  const stored = readStoredSession();
  if (stored !== null && stored.accessToken !== known?.accessToken && isFresh(stored)) {
    setSession(stored);
    return stored;
  }
  const current = stored ?? known;
  if (current === null) {
    return null;
  }

  const response = await fetch(apiUrl('/api/auth/refresh'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ refreshToken: current.refreshToken }),
  });
  if (response.status === 401 || response.status === 400) {
    setSession(null);
    return null;
  }
  if (!response.ok) {
    throw new Error(`Refreshing the session answered ${response.status}.`);
  }
  const session = sessionFromTokens((await response.json()) as AuthTokensResponse);
  setSession(session);
  return session;
}

function withRefreshLock<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && 'locks' in navigator) {
    return navigator.locks.request('baton-session-refresh', work) as Promise<T>;
  }
  return work();
}
