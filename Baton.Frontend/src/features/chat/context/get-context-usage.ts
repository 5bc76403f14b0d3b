import { useQuery } from '@tanstack/react-query';
import { WireEvents } from '@/lib/realtime/contract.generated';
import { useRealtime } from '@/lib/realtime/use-realtime';

/** How full the conversation's Claude session is, asked of its live CLI through the bridge. */
export function useContextUsage(conversationId: string) {
  const realtime = useRealtime();
  return useQuery({
    queryKey: ['context-usage', conversationId],
    queryFn: () => realtime.invoke(WireEvents.contextUsage, { conversationId }),
    retry: false,
  });
}
