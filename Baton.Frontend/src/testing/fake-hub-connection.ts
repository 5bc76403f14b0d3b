import { HubConnectionState } from '@microsoft/signalr';
import type { ChatClientEvents, ChatHubMethods } from '@/lib/realtime/contract.generated';
import type { HubConnectionLike } from '@/lib/realtime/hub-connection-like';

type Handler = (...args: never[]) => void;
type Answer<K extends keyof ChatHubMethods> = (
  request: ChatHubMethods[K]['request'],
) => ChatHubMethods[K]['result'] | Promise<ChatHubMethods[K]['result']>;

export type Invocation = { method: string; request: unknown };

/** A HubConnection in memory: tests answer calls, push events and count live handlers. */
export class FakeHubConnection implements HubConnectionLike {
  state: HubConnectionState = HubConnectionState.Disconnected;
  readonly invocations: Invocation[] = [];
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly answers = new Map<string, (request: never) => unknown>();
  private readonly reconnectingCallbacks: ((error?: Error) => void)[] = [];
  private readonly reconnectedCallbacks: ((connectionId?: string) => void)[] = [];
  private readonly closeCallbacks: ((error?: Error) => void)[] = [];

  startCount = 0;

  // Like SignalR's HubConnection, it starts only from Disconnected.
  start(): Promise<void> {
    if (this.state !== HubConnectionState.Disconnected) {
      return Promise.reject(
        new Error("Cannot start a HubConnection that is not in the 'Disconnected' state."),
      );
    }
    this.startCount += 1;
    this.state = HubConnectionState.Connected;
    return Promise.resolve();
  }

  stop(): Promise<void> {
    this.state = HubConnectionState.Disconnected;
    return Promise.resolve();
  }

  answer<K extends keyof ChatHubMethods>(method: K, answer: Answer<K>): void {
    this.answers.set(method, answer);
  }

  async invoke(methodName: string, ...args: unknown[]): Promise<unknown> {
    const request = args[0];
    this.invocations.push({ method: methodName, request });
    const answer = this.answers.get(methodName);
    return answer === undefined ? undefined : await answer(request as never);
  }

  invocationsOf<K extends keyof ChatHubMethods>(method: K): ChatHubMethods[K]['request'][] {
    return this.invocations
      .filter((invocation) => invocation.method === method)
      .map((invocation) => invocation.request as ChatHubMethods[K]['request']);
  }

  on(methodName: string, handler: Handler): void {
    const set = this.handlers.get(methodName) ?? new Set<Handler>();
    set.add(handler);
    this.handlers.set(methodName, set);
  }

  off(methodName: string, handler: Handler): void {
    this.handlers.get(methodName)?.delete(handler);
  }

  onclose(callback: (error?: Error) => void): void {
    this.closeCallbacks.push(callback);
  }

  onreconnecting(callback: (error?: Error) => void): void {
    this.reconnectingCallbacks.push(callback);
  }

  onreconnected(callback: (connectionId?: string) => void): void {
    this.reconnectedCallbacks.push(callback);
  }

  emit<K extends keyof ChatClientEvents>(event: K, payload: ChatClientEvents[K]): void {
    for (const handler of [...(this.handlers.get(event) ?? [])]) {
      (handler as (payload: ChatClientEvents[K]) => void)(payload);
    }
  }

  handlerCount(event?: string): number {
    if (event !== undefined) {
      return this.handlers.get(event)?.size ?? 0;
    }
    return [...this.handlers.values()].reduce((total, set) => total + set.size, 0);
  }

  dropAndReconnect(): void {
    this.state = HubConnectionState.Reconnecting;
    for (const callback of this.reconnectingCallbacks) {
      callback(new Error('connection lost'));
    }
    this.state = HubConnectionState.Connected;
    for (const callback of this.reconnectedCallbacks) {
      callback();
    }
  }
}
