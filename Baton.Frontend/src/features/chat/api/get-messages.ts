import { api, unwrap } from '@/lib/api-client';
import type { HistoryPage } from '@/features/chat/state/conversation-state';

export const messagePageSize = 50;

/** The newest messages of a conversation, or those before `before`, with the seq they cover. */
export async function getMessages(conversationId: string, before?: string): Promise<HistoryPage> {
  return unwrap(
    api.GET('/api/chat/messages/{conversationId}', {
      params: {
        path: { conversationId },
        query:
          before === undefined ? { limit: messagePageSize } : { limit: messagePageSize, before },
      },
    }),
  );
}
