import { useQueryClient } from '@tanstack/react-query';
import { WireEvents } from '@/lib/realtime/contract.generated';
import { useHubEvent, useReconnected } from '@/lib/realtime/use-realtime';
import { bridgesQueryKey } from '@/features/bridges/api/get-bridges';

/** Keeps the bridges' online state current: the owner's room hears each bridge come and go. */
export function useBridgePresenceUpdates(): void {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: bridgesQueryKey });
  };
  useHubEvent(WireEvents.bridgeConnect, refresh);
  useHubEvent(WireEvents.bridgeDisconnect, refresh);
  // Presence changes missed while disconnected are read again.
  useReconnected(refresh);
}
