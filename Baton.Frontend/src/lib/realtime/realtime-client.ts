import { HubConnectionState } from '@microsoft/signalr';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { CallPacer } from '@/lib/realtime/call-pacer';
import {
  ChatCallBudget,
  type ChatClientEvents,
  type ChatHubMethods,
} from '@/lib/realtime/contract.generated';
import { retryDelayMs } from '@/lib/realtime/create-chat-connection';
import type { HubConnectionLike } from '@/lib/realtime/hub-connection-like';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export type ConnectionState = {
  status: ConnectionStatus;
};

export class NotConnectedError extends Error {
  constructor() {
    super('Baton is not connected right now. Wait for the connection to come back and try again.');
    this.name = 'NotConnectedError';
  }
}

// How long a call made while (re)connecting waits for the connection before it fails.
const connectWaitMs = 15_000;

// A little under the hub's budget: the hub counts calls as they arrive, and the network can bring them closer
// together than they were sent.
const pacedBurst = ChatCallBudget.burst - 2;
const pacedPerSecond = ChatCallBudget.perSecond * 0.8;

/**
 * The one realtime connection of the app: typed calls and events over the chat hub, its status
 * in a store, and "reconnected" listeners that re-join rooms after any reconnect or restart. Calls are
 * paced to the hub's budget (`CallPacer`), so a burst of them waits rather than being refused.
 */
export class RealtimeClient {
  readonly statusStore: StoreApi<ConnectionState>;
  private readonly connection: HubConnectionLike;
  private readonly reconnectedListeners = new Set<() => void>();
  private readonly connectedWaiters = new Set<() => void>();
  private readonly pacer = new CallPacer(pacedBurst, pacedPerSecond);
  private stopped = true;
  private stopping: Promise<void> = Promise.resolve();
  private restartTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(connection: HubConnectionLike) {
    this.connection = connection;
    this.statusStore = createStore<ConnectionState>(() => ({ status: 'connecting' }));
    connection.onreconnecting(() => {
      this.setStatus('reconnecting');
    });
    connection.onreconnected(() => {
      this.setStatus('connected');
      this.notifyReconnected();
    });
    connection.onclose(() => {
      if (!this.stopped) {
        // Automatic reconnect gave up, or the server closed the connection: keep trying.
        this.setStatus('offline');
        this.scheduleStart(0, true);
      }
    });
  }

  get status(): ConnectionStatus {
    return this.statusStore.getState().status;
  }

  start(): void {
    if (!this.stopped) {
      return;
    }
    this.stopped = false;
    this.setStatus('connecting');
    void this.startWithRetry(0, false);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.restartTimer);
    this.stopping = this.connection.stop();
    await this.stopping;
    this.setStatus('offline');
  }

  /** Reconnects, e.g. with a new access token; listeners then re-join their rooms. */
  async restart(): Promise<void> {
    if (this.stopped) {
      return;
    }
    this.setStatus('reconnecting');
    this.stopping = this.connection.stop();
    // stop() may be called while this one waits; startWithRetry checks again.
    await this.stopping;
    await this.startWithRetry(0, true);
  }

  async invoke<K extends keyof ChatHubMethods>(
    method: K,
    request: ChatHubMethods[K]['request'],
  ): Promise<ChatHubMethods[K]['result']> {
    await this.pacer.turn();
    await this.whenConnected();
    return (await this.connection.invoke(method, request)) as ChatHubMethods[K]['result'];
  }

  /** Registers a handler; the returned function removes exactly that handler. */
  on<K extends keyof ChatClientEvents>(
    event: K,
    handler: (payload: ChatClientEvents[K]) => void,
  ): () => void {
    // Event handlers must not return a value, or SignalR logs that no result was expected.
    const wrapped = (payload: ChatClientEvents[K]) => {
      handler(payload);
    };
    this.connection.on(event, wrapped);
    return () => {
      this.connection.off(event, wrapped);
    };
  }

  onReconnected(listener: () => void): () => void {
    this.reconnectedListeners.add(listener);
    return () => {
      this.reconnectedListeners.delete(listener);
    };
  }

  private whenConnected(): Promise<void> {
    if (this.connection.state === HubConnectionState.Connected) {
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.connectedWaiters.delete(onConnected);
        reject(new NotConnectedError());
      }, connectWaitMs);
      const onConnected = () => {
        clearTimeout(timer);
        resolve();
      };
      this.connectedWaiters.add(onConnected);
    });
  }

  private async startWithRetry(attempt: number, isReconnect: boolean): Promise<void> {
    if (this.stopped) {
      return;
    }
    try {
      // A start right after a stop (React's double effects in development) waits for the stop.
      await this.stopping;
      // Another start got there first and decides the status; a second start would only fail.
      if (this.isStopped() || this.connection.state !== HubConnectionState.Disconnected) {
        return;
      }
      await this.connection.start();
    } catch {
      if (!this.isStopped()) {
        this.setStatus('offline');
        this.scheduleStart(attempt + 1, isReconnect);
      }
      return;
    }
    if (this.isStopped()) {
      return;
    }
    this.setStatus('connected');
    if (isReconnect) {
      this.notifyReconnected();
    }
  }

  // A method, not the field, so checks after an await are not narrowed away by the compiler.
  private isStopped(): boolean {
    return this.stopped;
  }

  private scheduleStart(attempt: number, isReconnect: boolean): void {
    clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => {
      void this.startWithRetry(attempt, isReconnect);
    }, retryDelayMs(attempt));
  }

  private setStatus(status: ConnectionStatus): void {
    this.statusStore.setState({ status });
    if (status === 'connected') {
      for (const waiter of [...this.connectedWaiters]) {
        this.connectedWaiters.delete(waiter);
        waiter();
      }
    }
  }

  private notifyReconnected(): void {
    for (const listener of [...this.reconnectedListeners]) {
      listener();
    }
  }
}
