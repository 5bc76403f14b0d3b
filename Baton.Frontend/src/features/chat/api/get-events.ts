import { api, unwrap } from '@/lib/api-client';
import { ConversationEventNames } from '@/lib/realtime/contract.generated';
import type { ConversationEvent } from '@/features/chat/types/chat-state';

export const eventPageLimit = 1000;

const conversationEventNames = new Set<string>(Object.values(ConversationEventNames));

export type EventLogPage = {
  events: ConversationEvent[];
  lastSeq: number;
  // The page held as many events as asked for: more may follow.
  full: boolean;
};

/** Stored events after a seq: each envelope's payload is exactly its wire event's payload. */
export async function getEvents(conversationId: string, afterSeq: number): Promise<EventLogPage> {
  const page = await unwrap(
    api.GET('/api/chat/events/{conversationId}', {
      params: { path: { conversationId }, query: { afterSeq, limit: eventPageLimit } },
    }),
  );
  const events = page.events
    .filter((envelope) => conversationEventNames.has(envelope.type))
    .map((envelope) => ({ type: envelope.type, payload: envelope.payload }) as ConversationEvent);
  return { events, lastSeq: page.lastSeq, full: page.events.length >= eventPageLimit };
}
