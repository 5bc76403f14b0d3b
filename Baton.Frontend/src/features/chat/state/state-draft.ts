import type {
  AssistantChatMessage,
  ChatMessage,
  ChatState,
  ConversationEvent,
  PromptState,
  UserChatMessage,
} from '@/features/chat/types/chat-state';

/**
 * A copy-on-write working copy of a `ChatState`: a batch of events clones each message it touches
 * once, and each lookup table at most once, so a catch-up of thousands of events stays linear.
 */
export class StateDraft {
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

  get currentPrompts(): Readonly<Record<string, PromptState>> {
    return this.prompts ?? this.base.prompts;
  }

  setPrompt(prompt: PromptState): void {
    this.prompts ??= { ...this.base.prompts };
    this.prompts[prompt.promptId] = prompt;
  }

  hasMessageId(id: string): boolean {
    return this.currentKeyByMessageId()[id] !== undefined;
  }

  insert(message: ChatMessage, at: 'start' | 'end'): void {
    this.order ??= [...this.base.order];
    if (at === 'start') {
      this.order.unshift(message.key);
    } else {
      this.order.push(message.key);
    }
    this.mutableMessages()[message.key] = message;
    this.touched.add(message.key);
    if (message.id !== undefined) {
      this.indexMessageId(message.key, message.id);
    }
    if (message.role === 'assistant' && message.requestId !== undefined) {
      this.indexAssistant(message.requestId, message.key);
    }
    if (message.role === 'user' && message.clientMessageId !== undefined) {
      this.userKeyByClientMessageId ??= { ...this.base.userKeyByClientMessageId };
      this.userKeyByClientMessageId[message.clientMessageId] = message.key;
    }
  }

  /** Shows a stored message in place of the one shown under its id, or at the end when it is new here. */
  put(message: ChatMessage): void {
    const key = message.id === undefined ? undefined : this.currentKeyByMessageId()[message.id];
    if (key === undefined) {
      this.insert(message, 'end');
      return;
    }
    this.mutableMessages()[key] = { ...message, key };
    this.touched.add(key);
  }

  indexMessageId(key: string, id: string): void {
    if (this.currentKeyByMessageId()[id] !== key) {
      this.keyByMessageId ??= { ...this.base.keyByMessageId };
      this.keyByMessageId[id] = key;
    }
  }

  /** The user message sent with this client id, or shown under this message id; a copy this draft owns. */
  userMessage(clientMessageId: string, messageId?: string): UserChatMessage | undefined {
    const key =
      (this.userKeyByClientMessageId ?? this.base.userKeyByClientMessageId)[clientMessageId] ??
      (messageId === undefined ? undefined : this.currentKeyByMessageId()[messageId]);
    const message = key === undefined ? undefined : this.touch(key);
    return message?.role === 'user' ? message : undefined;
  }

  /** The assistant message of a run, created (streaming) when the run is new to this view; a copy this draft owns. */
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
    const existing = key === undefined ? undefined : this.touch(key);
    if (key !== undefined && existing?.role === 'assistant') {
      if (existing.id === undefined && messageId != null) {
        existing.id = messageId;
        this.indexMessageId(key, messageId);
      }
      if (existing.requestId === undefined && run !== undefined) {
        existing.requestId = run;
        this.indexAssistant(run, key);
      }
      return existing;
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

  private indexAssistant(requestId: string, key: string): void {
    this.assistantKeyByRequest ??= { ...this.base.assistantKeyByRequest };
    this.assistantKeyByRequest[requestId] = key;
  }

  private touch(key: string): ChatMessage | undefined {
    const message = (this.messages ?? this.base.messages)[key];
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

  private mutableMessages(): Record<string, ChatMessage> {
    this.messages ??= { ...this.base.messages };
    return this.messages;
  }
}
