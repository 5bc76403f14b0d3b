import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema.generated';
import { conversationQueryKey } from '@/features/conversations/api/get-conversation';
import {
  conversationsQueryKey,
  type Conversation,
} from '@/features/conversations/api/get-conversations';

export type ConversationChange = { id: string } & Partial<
  Pick<components['schemas']['UpdateConversationRequest'], 'title' | 'status'>
>;

export function updateConversation({
  id,
  title,
  status,
}: ConversationChange): Promise<Conversation> {
  return unwrap(
    api.PATCH('/api/chat/conversation/{id}', {
      params: { path: { id } },
      body: { title: title ?? null, status: status ?? null },
    }),
  );
}

/** Renames, archives or restores a conversation. */
export function useUpdateConversation(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateConversation,
    onSuccess: (conversation) => {
      queryClient.setQueryData(conversationQueryKey(conversation.id), conversation);
      return queryClient.invalidateQueries({ queryKey: conversationsQueryKey(projectId) });
    },
  });
}
