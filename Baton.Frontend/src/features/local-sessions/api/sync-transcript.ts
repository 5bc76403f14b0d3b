import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/**
 * Reads what a terminal added to the conversation's Claude session since Baton last read it (nothing for a
 * conversation not imported from one). Asked only while the bridge is online, as only it can read the session.
 */
export function useTranscriptSync(conversationId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['conversation', conversationId, 'transcript-sync'],
    queryFn: ({ signal }) =>
      unwrap(
        api.POST('/api/chat/conversation/{id}/transcript-sync', {
          params: { path: { id: conversationId } },
          signal,
        }),
      ),
    enabled,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: false,
  });
}
