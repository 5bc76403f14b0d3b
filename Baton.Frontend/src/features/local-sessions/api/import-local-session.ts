import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The conversation bound to a local session: created with its history, or the existing one brought up to date. */
export function useImportLocalSession(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) =>
      unwrap(
        api.POST('/api/projects/{projectId}/local-sessions/{sessionId}/import', {
          params: { path: { projectId, sessionId } },
        }),
      ),
    onSuccess: (conversation) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['conversations', projectId] }),
        queryClient.invalidateQueries({ queryKey: ['conversation', conversation.id] }),
      ]),
  });
}
