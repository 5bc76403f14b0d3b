import {
  ConversationEventNames,
  ErrorCodes,
  WireEvents,
  type ChatHubMethods,
  type ConversationEventName,
  type PermissionDecision,
} from '@/lib/realtime/contract.generated';
import { retryDelayMs } from '@/lib/realtime/create-chat-connection';
import { hubErrorCode, readHubFailure, type HubFailure } from '@/lib/realtime/hub-error';
import { permissionResponse } from '@/features/chat/prompts/permission-response';
import type { ConversationEvent } from '@/features/chat/types/chat-state';
import type {
  ConversationSessionDeps,
  OutgoingMessage,
  PromptAnswer,
  SessionSnapshot,
} from '@/features/chat/session/session-types';
import {
  addQueuedMessage,
  dropQueuedMessage,
  emptyQueue,
  receiveQueue,
  replaceQueuedMessage,
} from '@/features/chat/queue/queue-state';
import {
  acceptSentMessage,
  addPendingUserMessage,
  chatStateFromHistory,
  emptyChatState,
  failSentMessage,
  prependHistory,
  setActiveRequest,
  startedRun,
  withdrawPendingMessage,
  type HistoryPage,
} from '@/features/chat/state/conversation-state';
import { EventIntake } from '@/features/chat/session/event-intake';

const conversationEvents: readonly ConversationEventName[] = Object.values(ConversationEventNames);

/**
 * One open conversation: loads its history, joins its room with the last seq it holds, folds
 * live events in exactly once (fetching any gap over HTTP), re-joins after every reconnect and
 * after a failed join, and leaves no handler behind once disposed.
 */
export class ConversationSession {
  readonly conversationId: string;
  private readonly deps: ConversationSessionDeps;
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribes: (() => void)[] = [];
  private readonly outgoing = new Map<string, OutgoingMessage>();
  private readonly intake: EventIntake;
  // Starting again after a dispose (React's double effects in development) opens a new generation.
  private disposed = true;
  private generation = 0;
  private joinRetry: ReturnType<typeof setTimeout> | undefined;
  private failedJoins = 0;
  // Settles once the history is shown or could not be loaded. The history replaces what the timeline holds, so a
  // message sent before then waits for it: shown earlier, it would vanish, and come back after its own answer.
  private historyShown: Promise<void> = Promise.resolve();

  constructor(conversationId: string, deps: ConversationSessionDeps) {
    this.conversationId = conversationId;
    this.deps = deps;
    this.snapshot = {
      phase: 'loading',
      loadError: undefined,
      older: 'idle',
      state: emptyChatState(),
      queue: emptyQueue,
    };
    this.intake = new EventIntake({
      conversationId,
      state: () => this.snapshot.state,
      setState: (state) => {
        this.update({ state });
      },
      isClosed: () => this.disposed,
      loadEvents: deps.loadEvents,
    });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getSnapshot = (): SessionSnapshot => this.snapshot;

  async start(): Promise<void> {
    if (!this.disposed) {
      return;
    }
    this.disposed = false;
    this.generation += 1;
    const generation = this.generation;
    const shown = this.showHistory(generation);
    this.historyShown = shown.then(() => undefined);
    if (!(await shown)) {
      return;
    }
    for (const name of conversationEvents) {
      this.unsubscribes.push(
        this.deps.realtime.on(name, (payload) => {
          this.intake.receive({ type: name, payload } as ConversationEvent);
        }),
      );
    }
    // Stream events stored together arrive as one frame; each is taken as if it had come on its own.
    this.unsubscribes.push(
      this.deps.realtime.on(WireEvents.chatStreamBatch, (batch) => {
        for (const payload of batch.responses) {
          this.intake.receive({ type: ConversationEventNames.chatStreamResponse, payload });
        }
      }),
    );
    this.unsubscribes.push(
      this.deps.realtime.on(WireEvents.queueChanged, (changed) => {
        if (changed.conversationId === this.conversationId && !this.disposed) {
          this.update({ queue: receiveQueue(this.snapshot.queue, changed) });
        }
      }),
    );
    this.unsubscribes.push(
      this.deps.realtime.onReconnected(() => {
        void this.join();
      }),
    );
    await this.join();
  }

  /** Loads the history and shows it; false when it failed, or this generation was closed meanwhile. */
  private async showHistory(generation: number): Promise<boolean> {
    let history: HistoryPage;
    try {
      history = await this.deps.loadMessages(this.conversationId);
    } catch (error) {
      if (generation === this.generation) {
        this.update({
          phase: 'failed',
          loadError: error instanceof Error ? error.message : String(error),
        });
      }
      return false;
    }
    if (this.isDisposed() || generation !== this.generation) {
      return false;
    }
    this.update({ phase: 'ready', loadError: undefined, state: chatStateFromHistory(history) });
    return true;
  }

  dispose(): void {
    if (this.disposed) {
      return;
    }
    this.disposed = true;
    clearTimeout(this.joinRetry);
    for (const unsubscribe of this.unsubscribes.splice(0)) {
      unsubscribe();
    }
    this.intake.clear();
    this.deps.realtime
      .invoke(WireEvents.conversationLeave, { conversationId: this.conversationId })
      .catch(() => undefined);
  }

  async loadOlder(): Promise<void> {
    const { state, older } = this.snapshot;
    const oldestKey = state.order[0];
    const oldestId = oldestKey === undefined ? undefined : state.messages[oldestKey]?.id;
    if (!state.hasOlder || older === 'loading' || oldestId === undefined) {
      return;
    }
    this.update({ older: 'loading' });
    try {
      const page = await this.deps.loadMessages(this.conversationId, oldestId);
      this.update({ state: prependHistory(this.snapshot.state, page), older: 'idle' });
    } catch {
      // The list offers to try again: scrolling to the top once more would not ask again.
      this.update({ older: 'failed' });
    }
  }

  /** Starts a run, or, while one is busy, queues the message: it then shows in the queue, not the timeline. */
  async send(message: OutgoingMessage): Promise<HubFailure | undefined> {
    const clientMessageId = this.deps.newClientMessageId?.() ?? crypto.randomUUID();
    this.outgoing.set(clientMessageId, message);
    await this.historyShown;
    if (this.snapshot.state.activeRequestId === null) {
      this.showPending(clientMessageId, message);
    }
    return this.dispatch(clientMessageId);
  }

  async editQueued(queuedMessageId: string, content: string): Promise<HubFailure | undefined> {
    try {
      const edited = await this.deps.realtime.invoke(WireEvents.queueEdit, {
        queuedMessageId,
        content,
      });
      this.update({ queue: replaceQueuedMessage(this.snapshot.queue, edited) });
      return undefined;
    } catch (error) {
      return readHubFailure(error);
    }
  }

  /** Sends a queued message into the running turn now (or, with none running, starts it at once). */
  async steerQueued(queuedMessageId: string): Promise<HubFailure | undefined> {
    const failure = await this.call(WireEvents.queueSteer, { queuedMessageId });
    if (failure === undefined) {
      this.update({ queue: dropQueuedMessage(this.snapshot.queue, queuedMessageId) });
    }
    return failure;
  }

  async removeQueued(queuedMessageId: string): Promise<HubFailure | undefined> {
    const failure = await this.call(WireEvents.queueRemove, { queuedMessageId });
    if (failure === undefined) {
      this.update({ queue: dropQueuedMessage(this.snapshot.queue, queuedMessageId) });
    }
    return failure;
  }

  /** Sends a message that failed again; the same client id keeps the server from storing it twice. */
  async retry(clientMessageId: string): Promise<HubFailure | undefined> {
    return this.dispatch(clientMessageId);
  }

  async abort(): Promise<HubFailure | undefined> {
    const requestId = this.snapshot.state.activeRequestId;
    return requestId === null ? undefined : this.call(WireEvents.claudeAbort, { requestId });
  }

  async respond(
    promptId: string,
    decision: PermissionDecision,
    suggestionIndexes?: number[],
    answer?: PromptAnswer,
  ): Promise<HubFailure | undefined> {
    return this.call(
      WireEvents.permissionResponse,
      permissionResponse(promptId, decision, suggestionIndexes, answer),
    );
  }

  /** A hub call whose only answer the person needs is why it failed, if it did. */
  private async call<K extends keyof ChatHubMethods>(
    method: K,
    request: ChatHubMethods[K]['request'],
  ): Promise<HubFailure | undefined> {
    try {
      await this.deps.realtime.invoke(method, request);
      return undefined;
    } catch (error) {
      return readHubFailure(error);
    }
  }

  private async dispatch(clientMessageId: string): Promise<HubFailure | undefined> {
    const message = this.outgoing.get(clientMessageId);
    if (message === undefined) {
      return undefined;
    }
    try {
      const result = await this.deps.realtime.invoke(WireEvents.chatSendMessage, {
        conversationId: this.conversationId,
        clientMessageId,
        content: message.text,
        attachmentIds: message.attachments.map((attachment) => attachment.id),
        // The conversation's stored mode and model apply: its header changes them.
        permissionMode: null,
        model: null,
      });
      this.outgoing.delete(clientMessageId);
      const run = startedRun(result);
      if (run !== undefined) {
        this.update({ state: acceptSentMessage(this.snapshot.state, clientMessageId, run) });
      } else if (result.queued) {
        this.update({
          state: withdrawPendingMessage(this.snapshot.state, clientMessageId),
          queue: addQueuedMessage(this.snapshot.queue, result.queued),
        });
      }
      return undefined;
    } catch (error) {
      const failure = readHubFailure(error);
      // A message meant for the queue was not shown yet: it shows now, with why it failed and a retry.
      this.showPending(clientMessageId, message);
      this.update({ state: failSentMessage(this.snapshot.state, clientMessageId, failure) });
      return failure;
    }
  }

  private showPending(clientMessageId: string, message: OutgoingMessage): void {
    if (this.snapshot.state.userKeyByClientMessageId[clientMessageId] !== undefined) {
      return;
    }
    this.update({
      state: addPendingUserMessage(this.snapshot.state, {
        clientMessageId,
        text: message.text,
        attachments: message.attachments,
      }),
    });
  }

  private async join(): Promise<void> {
    if (this.disposed) {
      return;
    }
    const afterSeq = this.snapshot.state.lastSeq;
    let result: ChatHubMethods[typeof WireEvents.conversationJoin]['result'];
    try {
      result = await this.deps.realtime.invoke(WireEvents.conversationJoin, {
        conversationId: this.conversationId,
        afterSeq,
      });
    } catch (error) {
      this.joinAgainLater(error);
      return;
    }
    // Joined: a retry still waiting (this join came with a reconnect) has nothing left to do.
    clearTimeout(this.joinRetry);
    this.failedJoins = 0;
    if (this.isDisposed()) {
      return;
    }
    this.intake.flush();
    this.update({
      state: setActiveRequest(this.snapshot.state, result.activeRequestId ?? null),
      queue: receiveQueue(this.snapshot.queue, result.queue),
    });
    if (result.lastSeq > this.snapshot.state.lastSeq) {
      // The replay should have brought everything up to lastSeq; read the log for what it did not.
      await this.intake.fillGap();
    }
  }

  /**
   * A tab that failed to join hears nothing of its conversation, a running answer included, until it joins: it
   * tries again, sooner than the next reconnect would (which joins too), unless the conversation is gone.
   */
  private joinAgainLater(error: unknown): void {
    if (this.isDisposed() || hubErrorCode(error) === ErrorCodes.notFound) {
      return;
    }
    clearTimeout(this.joinRetry);
    // The connection's own schedule, past its immediate first try: a join fails while the connection is in trouble.
    this.failedJoins += 1;
    const delayMs = retryDelayMs(this.failedJoins);
    this.joinRetry = setTimeout(() => {
      void this.join();
    }, delayMs);
  }

  // A method, so checks after an await are not narrowed away by the compiler.
  private isDisposed(): boolean {
    return this.disposed;
  }

  private update(change: Partial<SessionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of [...this.listeners]) {
      listener();
    }
  }
}
