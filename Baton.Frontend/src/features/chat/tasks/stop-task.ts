import { useMutation } from '@tanstack/react-query';
import { WireEvents } from '@/lib/realtime/contract.generated';
import { useRealtime } from '@/lib/realtime/use-realtime';

/**
 * Stops one background task of the conversation through its bridge. The task shows stopped once the CLI's
 * notice of it arrives, as a short answer of its own; the call itself only says the stop was made.
 */
export function useStopTask(conversationId: string, taskId: string) {
  const realtime = useRealtime();
  return useMutation({
    mutationFn: () => realtime.invoke(WireEvents.taskStop, { conversationId, taskId }),
  });
}
