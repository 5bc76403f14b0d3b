import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Everything a conversation's finished runs used, added up by the server. */
export function useConversationUsage(conversationId: string) {
  return useQuery({
    queryKey: ['usage', 'conversation', conversationId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/usage/conversations/{conversationId}', {
          params: { path: { conversationId } },
          signal,
        }),
      ),
  });
}
