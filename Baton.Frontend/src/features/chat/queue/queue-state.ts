import type { QueueChanged, QueuedMessage } from '@/lib/realtime/contract.generated';

/** The conversation's queued messages, oldest first, as of the newest revision this tab has seen. */
export type QueueState = { revision: number; messages: readonly QueuedMessage[] };

export const emptyQueue: QueueState = { revision: -1, messages: [] };

/** Takes a list from the server unless this tab already holds a newer one (events and join answers can cross). */
export function receiveQueue(queue: QueueState, changed: QueueChanged): QueueState {
  return changed.revision > queue.revision
    ? { revision: changed.revision, messages: changed.messages }
    : queue;
}

/** This tab's own send came back queued: shown at once, until the broadcast list (same or newer) replaces it. */
export function addQueuedMessage(queue: QueueState, message: QueuedMessage): QueueState {
  return queue.messages.some((queued) => queued.id === message.id)
    ? queue
    : { revision: queue.revision, messages: [...queue.messages, message] };
}

/** An edit this tab made, shown before the broadcast confirms it. */
export function replaceQueuedMessage(queue: QueueState, message: QueuedMessage): QueueState {
  return {
    revision: queue.revision,
    messages: queue.messages.map((queued) => (queued.id === message.id ? message : queued)),
  };
}

/** A removal this tab made, shown before the broadcast confirms it. */
export function dropQueuedMessage(queue: QueueState, id: string): QueueState {
  return {
    revision: queue.revision,
    messages: queue.messages.filter((queued) => queued.id !== id),
  };
}
