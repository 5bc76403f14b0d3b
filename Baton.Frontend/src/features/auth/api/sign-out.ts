import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { shareSession } from '@/lib/auth/session-channel';

/** Forgets the session in every tab, and revokes it on the server (best effort), which clears its cookie. */
export async function signOut(): Promise<void> {
  shareSession(null);
  await api.POST('/api/auth/sign-out').catch(() => undefined);
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
