import { describe, expect, it } from 'vitest';
import { chatStateFromHistory } from '@/features/chat/state/conversation-state';
import { receiveEvents } from '@/features/chat/state/seq-order';
import { ConversationEventNames } from '@/lib/realtime/contract.generated';
import type { ConversationEvent } from '@/features/chat/types/chat-state';
import { storedMessage } from '@/testing/chat-events';

const conversationId = 'c0000000-0000-0000-0000-000000000001';

function imported(
  seq: number,
  messages: { id: string; role: 'user' | 'assistant'; text: string }[],
): ConversationEvent {
  return {
    type: ConversationEventNames.transcriptImported,
    payload: {
      conversationId,
      seq,
      messages: messages.map(({ id, role, text }) => ({
        id,
        role,
        content: [{ type: 'text', text }],
        createdAt: '2026-01-01T00:00:00Z',
      })),
    },
  };
}

describe('turns imported from the session transcript', () => {
  it('show after the history, an answer the transcript went on with in its place, and a replay changes nothing', () => {
    const history = chatStateFromHistory({
      lastSeq: 3,
      hasMore: false,
      messages: [
        storedMessage({ id: 'u1', role: 'user', content: [{ type: 'text', text: 'Hello' }] }),
        storedMessage({ id: 'a1', role: 'assistant', content: [{ type: 'text', text: 'Hi' }] }),
      ],
    });
    const events = [
      imported(4, [
        { id: 'u2', role: 'user', text: 'recall, please' },
        { id: 'a2', role: 'assistant', text: 'You have sent me 2 messages' },
      ]),
      imported(5, [
        { id: 'a2', role: 'assistant', text: 'You have sent me 2 messages in this conversation.' },
      ]),
    ];

    const once = receiveEvents(history, events).state;
    const twice = receiveEvents(once, events).state;

    const shown = twice.order.map((key) => {
      const message = twice.messages[key];
      return message?.role === 'user'
        ? `user ${message.text}`
        : `answer ${message?.blocks.map((block) => (block.type === 'text' ? block.text : '')).join('') ?? ''}`;
    });
    expect(shown).toEqual([
      'user Hello',
      'answer Hi',
      'user recall, please',
      'answer You have sent me 2 messages in this conversation.',
    ]);
    expect(twice.lastSeq).toBe(5);
    expect(twice.activeRequestId).toBeNull();
  });
});
