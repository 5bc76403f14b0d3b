import { use, useEffect, useEffectEvent } from 'react';
import { useStore } from 'zustand';
import type { ChatClientEvents } from '@/lib/realtime/contract.generated';
import { RealtimeContext } from '@/lib/realtime/realtime-context';
import type { ConnectionStatus, RealtimeClient } from '@/lib/realtime/realtime-client';

export function useRealtime(): RealtimeClient {
  const client = use(RealtimeContext);
  if (client === null) {
    throw new Error('useRealtime needs a RealtimeProvider above it.');
  }
  return client;
}

export function useConnectionStatus(): ConnectionStatus {
  return useStore(useRealtime().statusStore, (state) => state.status);
}

/** Listens to one hub event while the component is mounted; the handler may change freely. */
export function useHubEvent<K extends keyof ChatClientEvents>(
  event: K,
  handler: (payload: ChatClientEvents[K]) => void,
): void {
  const client = useRealtime();
  const onEvent = useEffectEvent(handler);
  useEffect(
    () =>
      client.on(event, (payload) => {
        onEvent(payload);
      }),
    [client, event],
  );
}

/** Runs after every reconnect (automatic or for a new token), e.g. to re-join a room. */
export function useReconnected(listener: () => void): void {
  const client = useRealtime();
  const onReconnected = useEffectEvent(listener);
  useEffect(
    () =>
      client.onReconnected(() => {
        onReconnected();
      }),
    [client],
  );
}
