import { WireEvents, type StreamEvent } from '@/lib/realtime/contract.generated';
import type { ConversationEvent } from '@/features/chat/types/chat-state';
import type { StoredMessage } from '@/features/chat/state/stored-message';

export const conversationId = '00000000-0000-0000-0000-0000000000c1';
export const requestId = '00000000-0000-0000-0000-0000000000r1';
export const assistantMessageId = '00000000-0000-0000-0000-0000000000a1';
export const userMessageId = '00000000-0000-0000-0000-0000000000u1';

/** A join answer's queue when nothing waits. */
export const emptyQueueAnswer = { conversationId, revision: 0, messages: [] };

/** Builds the seq'd events of one conversation, numbering them from a given seq. */
export class EventScript {
  private seq: number;
  readonly events: ConversationEvent[] = [];

  constructor(startAfterSeq = 0) {
    this.seq = startAfterSeq;
  }

  get lastSeq(): number {
    return this.seq;
  }

  stream(event: StreamEvent, run = requestId, messageId = assistantMessageId): this {
    this.events.push({
      type: WireEvents.chatStreamResponse,
      payload: { conversationId, seq: this.next(), requestId: run, messageId, event },
    });
    return this;
  }

  userMessage(
    content: string,
    clientMessageId = 'client-1',
    run = requestId,
    messageId = userMessageId,
  ): this {
    return this.stream(
      { kind: 'user_message', clientMessageId, content, attachments: [] },
      run,
      messageId,
    );
  }

  textBlock(cliMessageId: string, index: number, words: readonly string[]): this {
    this.stream({ kind: 'block_start', cliMessageId, index, blockType: 'text' });
    for (const word of words) {
      this.stream({ kind: 'text_delta', cliMessageId, index, text: word });
    }
    return this.stream({
      kind: 'block_complete',
      cliMessageId,
      index,
      block: { type: 'text', text: words.join('') },
    });
  }

  toolCall(
    cliMessageId: string,
    index: number,
    toolUseId: string,
    name: string,
    input: unknown,
  ): this {
    this.stream({
      kind: 'block_start',
      cliMessageId,
      index,
      blockType: 'tool_use',
      toolUseId,
      name,
    });
    this.stream({
      kind: 'tool_input_delta',
      cliMessageId,
      index,
      partialJson: JSON.stringify(input),
    });
    return this.stream({
      kind: 'block_complete',
      cliMessageId,
      index,
      block: { type: 'tool_use', id: toolUseId, name, input },
    });
  }

  toolResult(toolUseId: string, content: unknown, isError = false): this {
    return this.stream({ kind: 'tool_result', toolUseId, content, isError });
  }

  prompt(
    promptId: string,
    toolName: string,
    input: unknown,
    suggestions: unknown[] = [],
    run = requestId,
  ): this {
    this.events.push({
      type: WireEvents.interactivePrompt,
      payload: {
        conversationId,
        seq: this.next(),
        promptId,
        requestId: run,
        toolUseId: `tool-${promptId}`,
        toolName,
        input,
        suggestions,
        expiresAt: new Date(Date.now() + 600_000).toISOString(),
      },
    });
    return this;
  }

  resolved(
    promptId: string,
    decision: 'allow' | 'allow_always' | 'deny',
    by: 'user' | 'rule' | 'expiry' | 'cancelled' = 'user',
  ): this {
    this.events.push({
      type: WireEvents.permissionResolved,
      payload: { conversationId, seq: this.next(), promptId, decision, by },
    });
    return this;
  }

  complete(run = requestId, messageId = assistantMessageId): this {
    this.events.push({
      type: WireEvents.chatMessageComplete,
      payload: {
        conversationId,
        seq: this.next(),
        requestId: run,
        messageId,
        sessionId: 'session-1',
        isError: false,
        usage: { input_tokens: 12, output_tokens: 34 },
        costUsd: 0.0123,
        durationMs: 2500,
      },
    });
    return this;
  }

  error(code: string, message: string, run = requestId): this {
    this.events.push({
      type: WireEvents.chatError,
      payload: { conversationId, seq: this.next(), requestId: run, code, message },
    });
    return this;
  }

  aborted(run = requestId): this {
    this.events.push({
      type: WireEvents.chatAborted,
      payload: { conversationId, seq: this.next(), requestId: run },
    });
    return this;
  }

  private next(): number {
    this.seq += 1;
    return this.seq;
  }
}

export function storedMessage(
  overrides: Partial<StoredMessage> & Pick<StoredMessage, 'id' | 'role' | 'content'>,
): StoredMessage {
  return {
    requestId: requestId,
    status: 'completed',
    usage: null,
    costUsd: null,
    durationMs: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}
