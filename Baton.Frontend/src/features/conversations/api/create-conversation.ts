import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import {
  conversationsQueryKey,
  type Conversation,
} from '@/features/conversations/api/get-conversations';

export function createConversation(projectId: string): Promise<Conversation> {
  return unwrap(
    api.POST('/api/chat/conversations', {
      body: { projectId, title: null, permissionMode: null, model: null },
    }),
  );
}

export function useCreateConversation(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => createConversation(projectId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conversationsQueryKey(projectId) }),
  });
}
