import { queryOptions, useQuery } from '@tanstack/react-query';
import { ErrorCodes, WireEvents, type BridgeHealth } from '@/lib/realtime/contract.generated';
import { hubErrorCode } from '@/lib/realtime/hub-error';
import type { RealtimeClient } from '@/lib/realtime/realtime-client';
import { useRealtime } from '@/lib/realtime/use-realtime';

export const bridgeHealthQueryKey = ['bridge-health'] as const;

// What the page shows when the API reports the bridge unreachable instead of answering for it.
export type ProjectBridgeHealth = Pick<BridgeHealth, 'online'> & Partial<BridgeHealth>;

export function getBridgeHealthQueryOptions(realtime: RealtimeClient, projectId: string) {
  return queryOptions({
    queryKey: [...bridgeHealthQueryKey, projectId],
    queryFn: async (): Promise<ProjectBridgeHealth> => {
      try {
        return await realtime.invoke(WireEvents.bridgeHealth, { projectId });
      } catch (error) {
        const code = hubErrorCode(error);
        if (code === ErrorCodes.bridgeUnavailable || code === ErrorCodes.bridgeTimeout) {
          return { online: false };
        }
        throw error;
      }
    },
    refetchInterval: 60_000,
  });
}

/** The project's bridge as it reports itself: online, Claude Code found, demo mode, bypass allowed. */
export function useBridgeHealth(projectId: string) {
  const realtime = useRealtime();
  return useQuery(getBridgeHealthQueryOptions(realtime, projectId));
}
