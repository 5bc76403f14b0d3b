import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { sessionFromTokens } from '@/lib/auth/refresh-session';
import { setSession } from '@/lib/auth/session';
import type { Credentials } from '@/features/auth/api/sign-in';

export async function signUp(credentials: Credentials): Promise<void> {
  const tokens = await unwrap(api.POST('/api/auth/sign-up', { body: credentials }));
  setSession(sessionFromTokens(tokens));
}

export function useSignUp() {
  return useMutation({ mutationFn: signUp });
}
