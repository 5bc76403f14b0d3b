import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema.generated';
import { sessionFromTokens } from '@/lib/auth/refresh-session';
import { shareSession } from '@/lib/auth/session-channel';

export type Credentials = components['schemas']['SignInRequest'];

export async function signIn(credentials: Credentials): Promise<void> {
  const tokens = await unwrap(api.POST('/api/auth/sign-in', { body: credentials }));
  shareSession(sessionFromTokens(tokens));
}

export function useSignIn() {
  return useMutation({ mutationFn: signIn });
}
