import { useQueryClient } from '@tanstack/react-query';
import { WireEvents } from '@/lib/realtime/contract.generated';
import { useHubEvent, useReconnected } from '@/lib/realtime/use-realtime';
import { inboxQueryKey } from '@/features/inbox/api/get-inbox';

/** Keeps the inbox current: the person's room hears when a prompt or run of theirs changes, in any project. */
export function useInboxUpdates(): void {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: inboxQueryKey });
  };
  useHubEvent(WireEvents.inboxChanged, refresh);
  // Changes missed while disconnected are read again.
  useReconnected(refresh);
}
