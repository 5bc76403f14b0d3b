import type { HubConnectionState } from '@microsoft/signalr';

/** The part of SignalR's HubConnection Baton uses, so tests can hand in a fake. */
export type HubConnectionLike = {
  readonly state: HubConnectionState;
  start(): Promise<void>;
  stop(): Promise<void>;
  invoke(methodName: string, ...args: unknown[]): Promise<unknown>;
  on(methodName: string, handler: (...args: never[]) => void): void;
  off(methodName: string, handler: (...args: never[]) => void): void;
  onclose(callback: (error?: Error) => void): void;
  onreconnecting(callback: (error?: Error) => void): void;
  onreconnected(callback: (connectionId?: string) => void): void;
};
