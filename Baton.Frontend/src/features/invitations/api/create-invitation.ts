import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema.generated';

export type CreatedInvitation = components['schemas']['CreatedInvitationResponse'];

export function createInvitation(): Promise<CreatedInvitation> {
  return unwrap(api.POST('/api/invitations'));
}

export function useCreateInvitation() {
  return useMutation({ mutationFn: createInvitation });
}

// The sign-in page reads the code from this link and offers to create an account with it.
export function invitationLink(code: string, origin: string = window.location.origin): string {
  return `${origin}/sign-in?invite=${encodeURIComponent(code)}`;
}
