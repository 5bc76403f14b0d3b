import { z } from 'zod/mini';
import { create } from 'zustand';

const sessionSchema = z.object({
  accessToken: z.string().check(z.minLength(1)),
  accessTokenExpiresAt: z.string(),
  refreshToken: z.string().check(z.minLength(1)),
  refreshTokenExpiresAt: z.string(),
  user: z.object({ id: z.string(), email: z.string() }),
});

export type Session = z.infer<typeof sessionSchema>;

export const sessionStorageKey = 'baton.session';

type SessionState = {
  session: Session | null;
};

// Kept in localStorage so a reload, or another tab, keeps the person signed in.
export const useSessionStore = create<SessionState>(() => ({ session: readStoredSession() }));

export function readStoredSession(): Session | null {
  const stored = localStorage.getItem(sessionStorageKey);
  if (stored === null) {
    return null;
  }
  try {
    const parsed = sessionSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function getSession(): Session | null {
  return useSessionStore.getState().session;
}

export function setSession(session: Session | null): void {
  if (session === null) {
    localStorage.removeItem(sessionStorageKey);
  } else {
    localStorage.setItem(sessionStorageKey, JSON.stringify(session));
  }
  useSessionStore.setState({ session });
}

// Another tab that refreshed or signed out wrote localStorage: follow it.
export function followSessionOfOtherTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === sessionStorageKey || event.key === null) {
      useSessionStore.setState({ session: readStoredSession() });
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener('storage', onStorage);
  };
}

export function useSession(): Session | null {
  return useSessionStore((state) => state.session);
}
