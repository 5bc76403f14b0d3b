import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export function conversationQueryKey(conversationId: string) {
  return ['conversation', conversationId] as const;
}

export function getConversationQueryOptions(conversationId: string) {
  return queryOptions({
    queryKey: conversationQueryKey(conversationId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/chat/conversation/{id}', {
          params: { path: { id: conversationId } },
          signal,
        }),
      ),
  });
}

export function useConversation(conversationId: string) {
  return useQuery(getConversationQueryOptions(conversationId));
}
