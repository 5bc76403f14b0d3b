import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/**
 * Reads what a terminal added to the conversation's Claude session since Baton last read it (nothing for a
 * conversation not imported from one). Asked again when the bridge comes back online.
 */
export function useTranscriptSync(conversationId: string, bridgeOnline: boolean | undefined) {
  return useQuery({
    queryKey: ['conversation', conversationId, 'transcript-sync', bridgeOnline ?? null],
    queryFn: ({ signal }) =>
      unwrap(
        api.POST('/api/chat/conversation/{id}/transcript-sync', {
          params: { path: { id: conversationId } },
          signal,
        }),
      ),
    enabled: bridgeOnline !== false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: false,
  });
}
