import {
  WireEvents,
  type ChatStreamResponse,
  type SendMessageResult,
} from '@/lib/realtime/contract.generated';
import type {
  AssistantBlock,
  AssistantChatMessage,
  Attachment,
  ChatMessage,
  ChatState,
  ConversationEvent,
  PromptState,
  ToolUseBlock,
  UserChatMessage,
} from '@/features/chat/types/chat-state';
import { blockKey } from '@/features/chat/utils/block-key';
import { asObject, asString } from '@/features/chat/utils/json-value';
import { parseStoredMessage, type StoredMessage } from '@/features/chat/utils/stored-message';

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
    draft.addStored(stored, 'end');
  }
  return draft.commit();
}

/** Puts an older page of history before the messages already shown. */
export function prependHistory(state: ChatState, page: HistoryPage): ChatState {
  const draft = new StateDraft(state);
  draft.hasOlder = page.hasMore;
  for (const stored of [...page.messages].reverse()) {
    draft.addStored(stored, 'start');
  }
  const next = draft.commit();
  return { ...next, prepended: state.prepended + next.order.length - state.order.length };
}

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
    if (seq <= draft.lastSeq || draft.buffered.has(seq)) {
      continue;
    }
    draft.buffered.set(seq, event);
  }
  draft.drainContiguous();
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
      draft.apply(event);
      draft.lastSeq = seq;
    }
  }
  return draft.commit();
}

export type PendingUserMessage = {
  clientMessageId: string;
  text: string;
  attachments: Attachment[];
};

export function addPendingUserMessage(state: ChatState, pending: PendingUserMessage): ChatState {
  const draft = new StateDraft(state);
  const key = `client:${pending.clientMessageId}`;
  draft.insert(
    {
      role: 'user',
      key,
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

export function acceptSentMessage(
  state: ChatState,
  clientMessageId: string,
  result: SendMessageResult,
): ChatState {
  const draft = new StateDraft(state);
  const user = draft.userByClientMessageId(clientMessageId);
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

export function failSentMessage(
  state: ChatState,
  clientMessageId: string,
  failure: { code: string | undefined; text: string },
): ChatState {
  const draft = new StateDraft(state);
  const user = draft.userByClientMessageId(clientMessageId);
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

/**
 * A copy-on-write working copy: a batch of events clones each message it touches once, so a
 * catch-up of thousands of events stays linear.
 */
class StateDraft {
  lastSeq: number;
  hasOlder: boolean;
  activeRequestId: string | null;
  readonly buffered: Map<number, ConversationEvent>;
  private readonly base: ChatState;
  private order: string[] | undefined;
  private messages: Record<string, ChatMessage> | undefined;
  private prompts: Record<string, PromptState> | undefined;
  private assistantKeyByRequest: Record<string, string> | undefined;
  private userKeyByClientMessageId: Record<string, string> | undefined;
  private keyByMessageId: Record<string, string> | undefined;
  private readonly touched = new Set<string>();

  constructor(base: ChatState) {
    this.base = base;
    this.lastSeq = base.lastSeq;
    this.hasOlder = base.hasOlder;
    this.activeRequestId = base.activeRequestId;
    this.buffered = new Map(base.buffered);
  }

  commit(): ChatState {
    return {
      lastSeq: this.lastSeq,
      buffered: this.buffered,
      order: this.order ?? this.base.order,
      messages: this.messages ?? this.base.messages,
      prompts: this.prompts ?? this.base.prompts,
      activeRequestId: this.activeRequestId,
      assistantKeyByRequest: this.assistantKeyByRequest ?? this.base.assistantKeyByRequest,
      userKeyByClientMessageId: this.userKeyByClientMessageId ?? this.base.userKeyByClientMessageId,
      keyByMessageId: this.keyByMessageId ?? this.base.keyByMessageId,
      hasOlder: this.hasOlder,
      prepended: this.base.prepended,
    };
  }

  drainContiguous(): void {
    for (;;) {
      const next = this.buffered.get(this.lastSeq + 1);
      if (next === undefined) {
        return;
      }
      this.buffered.delete(this.lastSeq + 1);
      this.apply(next);
      this.lastSeq += 1;
    }
  }

  apply(event: ConversationEvent): void {
    switch (event.type) {
      case WireEvents.chatStreamResponse:
        this.applyStream(event.payload);
        return;
      case WireEvents.chatMessageComplete: {
        const { requestId, messageId } = event.payload;
        const message = this.assistantFor(requestId, messageId);
        message.status = event.payload.isError ? 'failed' : 'completed';
        message.figures = {
          durationMs: event.payload.durationMs,
          costUsd: event.payload.costUsd,
          usage: event.payload.usage,
          isError: event.payload.isError,
        };
        this.endRun(requestId);
        return;
      }
      case WireEvents.chatError: {
        const message = this.assistantFor(event.payload.requestId, undefined);
        message.status = 'failed';
        message.blocks.push({
          kind: 'error',
          key: `error:${event.payload.seq}`,
          code: event.payload.code,
          message: event.payload.message,
        });
        this.endRun(event.payload.requestId);
        return;
      }
      case WireEvents.chatAborted: {
        const message = this.assistantFor(event.payload.requestId, undefined);
        message.status = 'aborted';
        this.endRun(event.payload.requestId);
        return;
      }
      case WireEvents.interactivePrompt: {
        const prompt = event.payload;
        const prompts = this.mutablePrompts();
        prompts[prompt.promptId] = {
          promptId: prompt.promptId,
          requestId: prompt.requestId,
          toolUseId: prompt.toolUseId,
          toolName: prompt.toolName,
          input: prompt.input,
          suggestions: prompt.suggestions,
          expiresAt: prompt.expiresAt,
          resolution: prompts[prompt.promptId]?.resolution,
        };
        const message = this.assistantFor(prompt.requestId, undefined);
        if (
          !message.blocks.some(
            (block) => block.kind === 'prompt' && block.promptId === prompt.promptId,
          )
        ) {
          message.blocks.push({
            kind: 'prompt',
            key: `prompt:${prompt.promptId}`,
            promptId: prompt.promptId,
          });
        }
        return;
      }
      case WireEvents.permissionResolved: {
        const prompts = this.mutablePrompts();
        const prompt = prompts[event.payload.promptId];
        if (prompt !== undefined) {
          prompts[prompt.promptId] = {
            ...prompt,
            resolution: { decision: event.payload.decision, by: event.payload.by },
          };
        }
        return;
      }
    }
  }

  addStored(stored: StoredMessage, at: 'start' | 'end'): void {
    if (this.currentKeyByMessageId()[stored.id] !== undefined) {
      return;
    }
    const parsed = parseStoredMessage(stored);
    this.insert(parsed.message, at);
    if (parsed.prompts.length > 0) {
      const prompts = this.mutablePrompts();
      for (const prompt of parsed.prompts) {
        prompts[prompt.promptId] = prompt;
      }
    }
    if (
      parsed.message.role === 'assistant' &&
      parsed.message.status === 'streaming' &&
      at === 'end'
    ) {
      this.activeRequestId = parsed.message.requestId ?? this.activeRequestId;
    }
  }

  insert(message: ChatMessage, at: 'start' | 'end'): void {
    const order = this.mutableOrder();
    if (at === 'start') {
      order.unshift(message.key);
    } else {
      order.push(message.key);
    }
    this.mutableMessages()[message.key] = message;
    this.touched.add(message.key);
    if (message.id !== undefined) {
      this.indexMessageId(message.key, message.id);
    }
    if (message.role === 'assistant' && message.requestId !== undefined) {
      this.mutableAssistantIndex()[message.requestId] = message.key;
    }
    if (message.role === 'user' && message.clientMessageId !== undefined) {
      this.mutableUserIndex()[message.clientMessageId] = message.key;
    }
  }

  indexMessageId(key: string, id: string): void {
    if (this.currentKeyByMessageId()[id] !== key) {
      this.keyByMessageId ??= { ...this.base.keyByMessageId };
      this.keyByMessageId[id] = key;
    }
  }

  userByClientMessageId(clientMessageId: string): UserChatMessage | undefined {
    const key = (this.userKeyByClientMessageId ?? this.base.userKeyByClientMessageId)[
      clientMessageId
    ];
    const message = key === undefined ? undefined : this.touch(key);
    return message?.role === 'user' ? message : undefined;
  }

  /** The assistant message of a run, created (streaming) when the run is new to this view. */
  assistantFor(
    requestId: string | null | undefined,
    messageId: string | null | undefined,
  ): AssistantChatMessage {
    const run = requestId ?? this.activeRequestId ?? undefined;
    const byRun =
      run === undefined
        ? undefined
        : (this.assistantKeyByRequest ?? this.base.assistantKeyByRequest)[run];
    const byId = messageId == null ? undefined : this.currentKeyByMessageId()[messageId];
    const key = byRun ?? byId;
    if (key !== undefined) {
      const existing = this.touch(key);
      if (existing?.role === 'assistant') {
        if (existing.id === undefined && messageId != null) {
          existing.id = messageId;
          this.indexMessageId(key, messageId);
        }
        if (existing.requestId === undefined && run !== undefined) {
          existing.requestId = run;
          this.mutableAssistantIndex()[run] = key;
        }
        return existing;
      }
    }
    const created: AssistantChatMessage = {
      role: 'assistant',
      key: `run:${run ?? messageId ?? 'unknown'}`,
      id: messageId ?? undefined,
      requestId: run,
      blocks: [],
      status: 'streaming',
      figures: undefined,
    };
    this.insert(created, 'end');
    return created;
  }

  private applyStream(payload: ChatStreamResponse): void {
    const event = payload.event;
    switch (event.kind) {
      case 'user_message': {
        this.applyUserMessage(payload, event.clientMessageId, event.content, event.attachmentIds);
        return;
      }
      case 'block_start': {
        const message = this.assistantFor(payload.requestId, payload.messageId);
        const key = blockKey(event.cliMessageId, event.index);
        if (findBlock(message, key) === undefined) {
          message.blocks.push(
            event.blockType === 'tool_use'
              ? newToolUse(key, event.toolUseId ?? '', event.name ?? 'Tool')
              : { kind: event.blockType, key, text: '' },
          );
        }
        return;
      }
      case 'text_delta':
      case 'thinking_delta': {
        const message = this.assistantFor(payload.requestId, payload.messageId);
        const kind = event.kind === 'text_delta' ? 'text' : 'thinking';
        const key = blockKey(event.cliMessageId, event.index);
        const at = findBlock(message, key) ?? pushBlock(message, { kind, key, text: '' });
        const block = message.blocks[at];
        if (block?.kind === 'text' || block?.kind === 'thinking') {
          message.blocks[at] = { ...block, text: block.text + event.text };
        }
        return;
      }
      case 'tool_input_delta': {
        const message = this.assistantFor(payload.requestId, payload.messageId);
        const key = blockKey(event.cliMessageId, event.index);
        const at = findBlock(message, key) ?? pushBlock(message, newToolUse(key, '', 'Tool'));
        const block = message.blocks[at];
        if (block?.kind === 'tool_use') {
          message.blocks[at] = { ...block, partialJson: block.partialJson + event.partialJson };
        }
        return;
      }
      case 'block_complete': {
        const message = this.assistantFor(payload.requestId, payload.messageId);
        const key = blockKey(event.cliMessageId, event.index);
        const complete = completedBlock(key, event.block);
        if (complete === undefined) {
          return;
        }
        const at = findBlock(message, key);
        const existing = at === undefined ? undefined : message.blocks[at];
        const merged =
          complete.kind === 'tool_use' && existing?.kind === 'tool_use'
            ? {
                ...complete,
                result: existing.result,
                toolUseId: complete.toolUseId || existing.toolUseId,
              }
            : complete;
        if (at === undefined) {
          message.blocks.push(merged);
        } else {
          message.blocks[at] = merged;
        }
        return;
      }
      case 'tool_result': {
        const message = this.assistantFor(payload.requestId, payload.messageId);
        const result = { content: event.content, isError: event.isError };
        const at = message.blocks.findIndex(
          (block) => block.kind === 'tool_use' && block.toolUseId === event.toolUseId,
        );
        const block = at < 0 ? undefined : message.blocks[at];
        if (block?.kind === 'tool_use') {
          message.blocks[at] = { ...block, result };
        } else {
          message.blocks.push({
            ...newToolUse(`result:${event.toolUseId}`, event.toolUseId, 'Tool'),
            result,
          });
        }
        return;
      }
      case 'system': {
        if (event.subtype === 'api_retry') {
          const message = this.assistantFor(payload.requestId, payload.messageId);
          message.blocks.push({
            kind: 'notice',
            key: `notice:${payload.seq}`,
            text: 'The model API did not answer; Claude Code is trying again…',
          });
        }
        return;
      }
      case 'other':
        return;
    }
  }

  private applyUserMessage(
    payload: ChatStreamResponse,
    clientMessageId: string,
    text: string,
    attachmentIds: string[],
  ): void {
    const requestId = payload.requestId ?? undefined;
    const messageId = payload.messageId ?? undefined;
    const known =
      (this.userKeyByClientMessageId ?? this.base.userKeyByClientMessageId)[clientMessageId] ??
      (messageId === undefined ? undefined : this.currentKeyByMessageId()[messageId]);
    const existing = known === undefined ? undefined : this.touch(known);
    if (existing?.role === 'user') {
      existing.pending = false;
      existing.failure = undefined;
      existing.requestId ??= requestId;
      if (existing.id === undefined && messageId !== undefined) {
        existing.id = messageId;
        this.indexMessageId(existing.key, messageId);
      }
    } else {
      this.insert(
        {
          role: 'user',
          key: `msg:${messageId ?? `seq-${payload.seq}`}`,
          id: messageId,
          requestId,
          clientMessageId,
          text,
          attachments: attachmentIds.map((id) => ({
            id,
            fileName: undefined,
            mediaType: undefined,
          })),
          pending: false,
          failure: undefined,
        },
        'end',
      );
    }
    if (requestId !== undefined) {
      const assistant = this.assistantFor(requestId, undefined);
      if (assistant.status === 'streaming') {
        this.activeRequestId = requestId;
      }
    }
  }

  private endRun(requestId: string): void {
    if (this.activeRequestId === requestId) {
      this.activeRequestId = null;
    }
    // A prompt still open when its run ends can no longer be answered.
    const prompts = this.prompts ?? this.base.prompts;
    for (const prompt of Object.values(prompts)) {
      if (prompt.requestId === requestId && prompt.resolution === undefined) {
        this.mutablePrompts()[prompt.promptId] = {
          ...prompt,
          resolution: { decision: 'deny', by: 'cancelled' },
        };
      }
    }
  }

  private touch(key: string): ChatMessage | undefined {
    const messages = this.messages ?? this.base.messages;
    const message = messages[key];
    if (message === undefined || this.touched.has(key)) {
      return message;
    }
    const copy: ChatMessage =
      message.role === 'assistant'
        ? { ...message, blocks: [...message.blocks] }
        : { ...message, attachments: [...message.attachments] };
    this.mutableMessages()[key] = copy;
    this.touched.add(key);
    return copy;
  }

  private currentKeyByMessageId(): Readonly<Record<string, string>> {
    return this.keyByMessageId ?? this.base.keyByMessageId;
  }

  private mutableOrder(): string[] {
    this.order ??= [...this.base.order];
    return this.order;
  }

  private mutableMessages(): Record<string, ChatMessage> {
    this.messages ??= { ...this.base.messages };
    return this.messages;
  }

  private mutablePrompts(): Record<string, PromptState> {
    this.prompts ??= { ...this.base.prompts };
    return this.prompts;
  }

  private mutableAssistantIndex(): Record<string, string> {
    this.assistantKeyByRequest ??= { ...this.base.assistantKeyByRequest };
    return this.assistantKeyByRequest;
  }

  private mutableUserIndex(): Record<string, string> {
    this.userKeyByClientMessageId ??= { ...this.base.userKeyByClientMessageId };
    return this.userKeyByClientMessageId;
  }
}

function findBlock(message: AssistantChatMessage, key: string): number | undefined {
  // Deltas land on the newest blocks, so search from the end.
  for (let at = message.blocks.length - 1; at >= 0; at -= 1) {
    if (message.blocks[at]?.key === key) {
      return at;
    }
  }
  return undefined;
}

function pushBlock(message: AssistantChatMessage, block: AssistantBlock): number {
  message.blocks.push(block);
  return message.blocks.length - 1;
}

function newToolUse(key: string, toolUseId: string, name: string): ToolUseBlock {
  return {
    kind: 'tool_use',
    key,
    toolUseId,
    name,
    partialJson: '',
    input: undefined,
    result: undefined,
  };
}

/** The CLI's full content block, as `block_complete` carries it. */
function completedBlock(key: string, block: unknown): AssistantBlock | undefined {
  const value = asObject(block);
  switch (asString(value?.type)) {
    case 'text':
      return { kind: 'text', key, text: asString(value?.text) ?? '' };
    case 'thinking':
      return {
        kind: 'thinking',
        key,
        text: asString(value?.thinking) ?? asString(value?.text) ?? '',
      };
    case 'tool_use':
      return {
        ...newToolUse(key, asString(value?.id) ?? '', asString(value?.name) ?? 'Tool'),
        input: value?.input,
      };
    default:
      return undefined;
  }
}
