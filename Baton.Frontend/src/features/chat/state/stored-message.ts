import type { components } from '@/lib/api/schema.generated';
import type { MessageBlock } from '@/lib/realtime/contract.generated';
import type { ChatMessage, PromptState } from '@/features/chat/types/chat-state';
import { promptOfBlock } from '@/features/chat/state/prompt-of-block';

/**
 * A message of `GET /api/chat/messages`. Its content is the `MessageBlock` list the API's
 * OpenAPI document describes; the generated contract declares the same blocks, which the live fold uses.
 */
export type StoredMessage = Omit<components['schemas']['MessageResponse'], 'content'> & {
  content: MessageBlock[];
};

export type ParsedStoredMessage = {
  message: ChatMessage;
  prompts: PromptState[];
};

/** A stored message as the chat shows it: the person's text and attachments, or the answer's blocks and prompts. */
export function parseStoredMessage(stored: StoredMessage): ParsedStoredMessage {
  const key = `msg:${stored.id}`;
  const requestId = stored.requestId ?? undefined;
  if (stored.role === 'user') {
    return {
      message: {
        role: 'user',
        key,
        id: stored.id,
        requestId,
        clientMessageId: undefined,
        text: stored.content
          .flatMap((block) => (block.type === 'text' ? [block.text] : []))
          .join('\n'),
        attachments: stored.content.flatMap((block) =>
          block.type === 'attachment'
            ? [{ id: block.id, fileName: block.name, mediaType: block.mediaType }]
            : [],
        ),
        pending: false,
        failure: undefined,
      },
      prompts: [],
    };
  }
  return {
    message: {
      role: 'assistant',
      key,
      id: stored.id,
      requestId,
      blocks: stored.content,
      status: stored.status,
      figures:
        stored.status === 'streaming'
          ? undefined
          : {
              durationMs: stored.durationMs,
              costUsd: stored.costUsd,
              usage: stored.usage,
              isError: stored.status === 'failed',
            },
    },
    prompts: stored.content.flatMap((block) =>
      block.type === 'permission' ? [promptOfBlock(block, requestId ?? '')] : [],
    ),
  };
}
