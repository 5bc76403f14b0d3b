import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema.generated';

export type Inbox = components['schemas']['InboxContents'];
export type InboxPrompt = components['schemas']['InboxPrompt'];
export type InboxRun = components['schemas']['InboxRun'];
export type InboxFailedRun = components['schemas']['InboxFailedRun'];
export type InboxConversation = components['schemas']['InboxConversation'];

export const inboxQueryKey = ['inbox'] as const;

export function getInbox(signal?: AbortSignal): Promise<Inbox> {
  return unwrap(api.GET('/api/inbox', { signal: signal ?? null }));
}

/** What needs the person across their projects; `inbox:changed` in their room has it read again. */
export function useInbox() {
  return useQuery({
    queryKey: inboxQueryKey,
    queryFn: ({ signal }) => getInbox(signal),
  });
}
