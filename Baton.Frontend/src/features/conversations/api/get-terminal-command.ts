import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The shell command that continues a conversation's Claude session on its bridge's machine. */
export function useTerminalCommand(conversationId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['conversation', conversationId, 'terminal'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/chat/conversation/{id}/terminal', {
          params: { path: { id: conversationId } },
          signal,
        }),
      ),
    enabled,
    // The session changes only when a message is sent; the dialog asks again each time it opens.
    staleTime: 0,
    retry: false,
  });
}
