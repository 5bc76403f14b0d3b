import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { getSession, setSession } from '@/lib/auth/session';

/** Revokes the session on the server (best effort) and forgets it here. */
export async function signOut(): Promise<void> {
  const session = getSession();
  setSession(null);
  if (session !== null) {
    await api
      .POST('/api/auth/sign-out', { body: { refreshToken: session.refreshToken } })
      .catch(() => undefined);
  }
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      queryClient.clear();
    },
  });
}
