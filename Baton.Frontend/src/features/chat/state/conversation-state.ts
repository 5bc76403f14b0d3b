import type { SendMessageResult } from '@/lib/realtime/contract.generated';
import type { Attachment, ChatState } from '@/features/chat/types/chat-state';
import { StateDraft } from '@/features/chat/state/state-draft';
import { parseStoredMessage, type StoredMessage } from '@/features/chat/state/stored-message';

export type HistoryPage = {
  messages: readonly StoredMessage[];
  lastSeq: number;
  hasMore: boolean;
};

export function emptyChatState(): ChatState {
  return {
    lastSeq: 0,
    buffered: new Map(),
    order: [],
    messages: {},
    prompts: {},
    activeRequestId: null,
    assistantKeyByRequest: {},
    userKeyByClientMessageId: {},
    keyByMessageId: {},
    hasOlder: false,
    prepended: 0,
  };
}

/** The state history shows: stored messages, complete up to `lastSeq`. */
export function chatStateFromHistory(page: HistoryPage): ChatState {
  const draft = new StateDraft(emptyChatState());
  draft.lastSeq = page.lastSeq;
  draft.hasOlder = page.hasMore;
  for (const stored of page.messages) {
    addStored(draft, stored, 'end');
  }
  return draft.commit();
}

/** Puts an older page of history before the messages already shown. */
export function prependHistory(state: ChatState, page: HistoryPage): ChatState {
  const draft = new StateDraft(state);
  draft.hasOlder = page.hasMore;
  for (const stored of [...page.messages].reverse()) {
    addStored(draft, stored, 'start');
  }
  const next = draft.commit();
  return { ...next, prepended: state.prepended + next.order.length - state.order.length };
}

export type PendingUserMessage = {
  clientMessageId: string;
  text: string;
  attachments: Attachment[];
};

export function addPendingUserMessage(state: ChatState, pending: PendingUserMessage): ChatState {
  const draft = new StateDraft(state);
  draft.insert(
    {
      role: 'user',
      key: `client:${pending.clientMessageId}`,
      id: undefined,
      requestId: undefined,
      clientMessageId: pending.clientMessageId,
      text: pending.text,
      attachments: pending.attachments,
      pending: true,
      failure: undefined,
    },
    'end',
  );
  return draft.commit();
}

/** The ids of the run a sent message started. */
export type StartedRun = { requestId: string; userMessageId: string; assistantMessageId: string };

/** The run a send started, or undefined when the message was queued instead. */
export function startedRun(result: SendMessageResult): StartedRun | undefined {
  const { requestId, userMessageId, assistantMessageId } = result;
  return requestId && userMessageId && assistantMessageId
    ? { requestId, userMessageId, assistantMessageId }
    : undefined;
}

export function acceptSentMessage(
  state: ChatState,
  clientMessageId: string,
  result: StartedRun,
): ChatState {
  const draft = new StateDraft(state);
  const user = draft.userMessage(clientMessageId);
  if (user !== undefined) {
    user.id = result.userMessageId;
    user.requestId = result.requestId;
    user.pending = false;
    draft.indexMessageId(user.key, result.userMessageId);
  }
  const assistant = draft.assistantFor(result.requestId, result.assistantMessageId);
  // The run may have ended already (its events can overtake this answer).
  if (assistant.status === 'streaming') {
    draft.activeRequestId = result.requestId;
  }
  return draft.commit();
}

/** A message the server queued rather than ran (a run started elsewhere): it leaves the timeline for the queue. */
export function withdrawPendingMessage(state: ChatState, clientMessageId: string): ChatState {
  const key = state.userKeyByClientMessageId[clientMessageId];
  if (key === undefined) {
    return state;
  }
  return {
    ...state,
    order: state.order.filter((candidate) => candidate !== key),
    messages: Object.fromEntries(Object.entries(state.messages).filter(([k]) => k !== key)),
    userKeyByClientMessageId: Object.fromEntries(
      Object.entries(state.userKeyByClientMessageId).filter(([id]) => id !== clientMessageId),
    ),
  };
}

export function failSentMessage(
  state: ChatState,
  clientMessageId: string,
  failure: { code: string | undefined; text: string },
): ChatState {
  const draft = new StateDraft(state);
  const user = draft.userMessage(clientMessageId);
  if (user !== undefined) {
    user.pending = false;
    user.failure = failure;
  }
  return draft.commit();
}

export function setActiveRequest(state: ChatState, requestId: string | null): ChatState {
  if (requestId === null) {
    return state;
  }
  const key = state.assistantKeyByRequest[requestId];
  const message = key === undefined ? undefined : state.messages[key];
  if (message?.role === 'assistant' && message.status !== 'streaming') {
    return state;
  }
  return { ...state, activeRequestId: requestId };
}

function addStored(draft: StateDraft, stored: StoredMessage, at: 'start' | 'end'): void {
  if (draft.hasMessageId(stored.id)) {
    return;
  }
  const { message, prompts } = parseStoredMessage(stored);
  draft.insert(message, at);
  for (const prompt of prompts) {
    draft.setPrompt(prompt);
  }
  if (message.role === 'assistant' && message.status === 'streaming' && at === 'end') {
    draft.activeRequestId = message.requestId ?? draft.activeRequestId;
  }
}
