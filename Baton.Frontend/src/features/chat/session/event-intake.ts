import type { ChatState, ConversationEvent } from '@/features/chat/types/chat-state';
import type { EventLogPage } from '@/features/chat/api/get-events';
import { flushBuffered, receiveEvents } from '@/features/chat/state/seq-order';

/** What the intake needs of its conversation: where its state lives and how to read its event log. */
export type EventIntakeHost = {
  readonly conversationId: string;
  state(): ChatState;
  setState(state: ChatState): void;
  isClosed(): boolean;
  loadEvents: (conversationId: string, afterSeq: number) => Promise<EventLogPage>;
};

/**
 * Folds a conversation's live events into its state exactly once and in seq order: a burst becomes one
 * state change, and a gap (an event after one that never came) is filled from the event log over HTTP,
 * one read at a time.
 */
export class EventIntake {
  private readonly host: EventIntakeHost;
  private readonly pending: ConversationEvent[] = [];
  private flushScheduled = false;
  private fillingGap: Promise<void> | undefined;
  private gapAgain = false;

  constructor(host: EventIntakeHost) {
    this.host = host;
  }

  receive(event: ConversationEvent): void {
    if (event.payload.conversationId !== this.host.conversationId || this.host.isClosed()) {
      return;
    }
    this.pending.push(event);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      // Events of one burst (a replay, a fast stream) become one state change and one render.
      queueMicrotask(() => {
        this.flush();
      });
    }
  }

  flush(): void {
    this.flushScheduled = false;
    if (this.pending.length === 0 || this.host.isClosed()) {
      return;
    }
    const { state, hasGap } = receiveEvents(this.host.state(), this.pending.splice(0));
    this.host.setState(state);
    if (hasGap) {
      void this.fillGap();
    }
  }

  /** Drops what arrived but was not folded yet: the conversation closed. */
  clear(): void {
    this.pending.length = 0;
  }

  fillGap(): Promise<void> {
    if (this.fillingGap !== undefined) {
      this.gapAgain = true;
      return this.fillingGap;
    }
    this.fillingGap = this.readEventLog().finally(() => {
      this.fillingGap = undefined;
      if (this.gapAgain && !this.host.isClosed()) {
        this.gapAgain = false;
        if (this.host.state().buffered.size > 0) {
          void this.fillGap();
        }
      }
    });
    return this.fillingGap;
  }

  private async readEventLog(): Promise<void> {
    try {
      for (;;) {
        const page = await this.host.loadEvents(
          this.host.conversationId,
          this.host.state().lastSeq,
        );
        if (this.host.isClosed()) {
          return;
        }
        const { state } = receiveEvents(this.host.state(), page.events);
        this.host.setState(state);
        if (!page.full || state.lastSeq >= page.lastSeq) {
          break;
        }
      }
      this.host.setState(flushBuffered(this.host.state()));
    } catch {
      // Left buffered: the next event or reconnect asks again.
    }
  }
}
