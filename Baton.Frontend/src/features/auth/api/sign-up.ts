import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { sessionFromTokens } from '@/lib/auth/refresh-session';
import { shareSession } from '@/lib/auth/session-channel';
import type { components } from '@/lib/api/schema.generated';

// While sign-up is closed, an invitation code lets one new account in.
export type SignUpDetails = components['schemas']['SignUpRequest'];

export async function signUp(details: SignUpDetails): Promise<void> {
  const tokens = await unwrap(api.POST('/api/auth/sign-up', { body: details }));
  shareSession(sessionFromTokens(tokens));
}

export function useSignUp() {
  return useMutation({ mutationFn: signUp });
}
