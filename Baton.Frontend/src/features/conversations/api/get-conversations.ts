import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema.generated';

export type Conversation = components['schemas']['ConversationResponse'];
export type ConversationPage = components['schemas']['ConversationPage'];

export const conversationPageSize = 30;

export function conversationsQueryKey(projectId: string) {
  return ['conversations', projectId] as const;
}

export function getConversationsQueryOptions(projectId: string) {
  return infiniteQueryOptions({
    queryKey: conversationsQueryKey(projectId),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/chat/conversations/{projectId}', {
          params: {
            path: { projectId },
            query: { page: pageParam, pageSize: conversationPageSize },
          },
          signal,
        }),
      ),
    initialPageParam: 1,
    getNextPageParam: (last: ConversationPage) =>
      last.page * last.pageSize < last.totalCount ? last.page + 1 : undefined,
  });
}

/** A project's conversations, most recently changed first, a page at a time. */
export function useConversations(projectId: string) {
  return useInfiniteQuery(getConversationsQueryOptions(projectId));
}
