import { create } from 'zustand';

/**
 * This tab's session. The access token lives in memory only; the refresh token is an HttpOnly
 * cookie that no script can read, so a reload asks the API for a new access token.
 */
export type Session = {
  accessToken: string;
  accessTokenExpiresAt: string;
  user: { id: string; email: string };
};

type SessionState = {
  session: Session | null;
  // False until the page knows whether its refresh cookie still holds a session.
  restored: boolean;
};

// A token that expires within this margin is refreshed rather than used.
export const refreshMarginMs = 60_000;

export function isFresh(session: Session, now = Date.now()): boolean {
  return Date.parse(session.accessTokenExpiresAt) - now > refreshMarginMs;
}

export const useSessionStore = create<SessionState>(() => ({ session: null, restored: false }));

export function getSession(): Session | null {
  return useSessionStore.getState().session;
}

export function isRestored(): boolean {
  return useSessionStore.getState().restored;
}

export function setSession(session: Session | null): void {
  useSessionStore.setState({ session, restored: true });
}

export function useSession(): Session | null {
  return useSessionStore((state) => state.session);
}

export function useSessionRestored(): boolean {
  return useSessionStore((state) => state.restored);
}
