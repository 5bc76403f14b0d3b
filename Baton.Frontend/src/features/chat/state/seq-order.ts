import type { ChatState, ConversationEvent } from '@/features/chat/types/chat-state';
import { applyEvent } from '@/features/chat/state/apply-event';
import { StateDraft } from '@/features/chat/state/state-draft';

export type ReceiveResult = {
  state: ChatState;
  // Some seq between `lastSeq` and a buffered event is missing: fetch it.
  hasGap: boolean;
};

/**
 * Applies events in seq order exactly once: a seq already applied is dropped, one ahead of a
 * missing seq waits in `buffered` until the gap is filled.
 */
export function receiveEvents(
  state: ChatState,
  events: readonly ConversationEvent[],
): ReceiveResult {
  const draft = new StateDraft(state);
  for (const event of events) {
    const seq = event.payload.seq;
    if (seq > draft.lastSeq && !draft.buffered.has(seq)) {
      draft.buffered.set(seq, event);
    }
  }
  for (let next = draft.buffered.get(draft.lastSeq + 1); next !== undefined;) {
    draft.buffered.delete(draft.lastSeq + 1);
    applyEvent(draft, next);
    draft.lastSeq += 1;
    next = draft.buffered.get(draft.lastSeq + 1);
  }
  return { state: draft.commit(), hasGap: draft.buffered.size > 0 };
}

/**
 * After the server's event log was read for a gap, whatever is still buffered is applied in
 * order: the log is the truth, so a seq it does not hold will never come.
 */
export function flushBuffered(state: ChatState): ChatState {
  if (state.buffered.size === 0) {
    return state;
  }
  const draft = new StateDraft(state);
  for (const seq of [...draft.buffered.keys()].sort((a, b) => a - b)) {
    const event = draft.buffered.get(seq);
    draft.buffered.delete(seq);
    if (event !== undefined) {
      applyEvent(draft, event);
      draft.lastSeq = seq;
    }
  }
  return draft.commit();
}
