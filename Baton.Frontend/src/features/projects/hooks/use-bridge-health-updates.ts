import { useQueryClient } from '@tanstack/react-query';
import { WireEvents } from '@/lib/realtime/contract.generated';
import { useHubEvent, useReconnected } from '@/lib/realtime/use-realtime';
import { bridgeHealthQueryKey } from '@/features/projects/api/get-bridge-health';

/** Asks the bridges of shown projects again when one comes, goes, or the connection returns. */
export function useBridgeHealthUpdates(): void {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: bridgeHealthQueryKey });
  };
  useHubEvent(WireEvents.bridgeConnect, refresh);
  useHubEvent(WireEvents.bridgeDisconnect, refresh);
  useReconnected(refresh);
}
