import type { MessageBlock } from '@/lib/realtime/contract.generated';
import type { AssistantChatMessage, RunStatus } from '@/features/chat/types/chat-state';

/** An answer as the chat state holds it, its key also its id and its run's id. */
export function assistantMessage(
  blocks: MessageBlock[],
  status: RunStatus = 'completed',
  key = 'a1',
): AssistantChatMessage {
  return { role: 'assistant', key, id: key, requestId: key, blocks, status, figures: undefined };
}
