import { useEffect, useState, type ReactNode } from 'react';
import { refreshSession } from '@/lib/auth/refresh-session';
import { getSession, isFresh, useSessionStore } from '@/lib/auth/session';
import { createChatConnection } from '@/lib/realtime/create-chat-connection';
import type { HubConnectionLike } from '@/lib/realtime/hub-connection-like';
import { RealtimeClient } from '@/lib/realtime/realtime-client';
import { RealtimeContext } from '@/lib/realtime/realtime-context';

type RealtimeProviderProps = {
  children: ReactNode;
  // Tests hand in a fake connection; the app builds the real one.
  connection?: HubConnectionLike;
};

export function RealtimeProvider({ children, connection }: RealtimeProviderProps) {
  const [client] = useState(() => {
    let connectedWith: string | null = null;
    const accessTokenFactory = async () => {
      let session = getSession();
      if (session !== null && !isFresh(session)) {
        session = await refreshSession();
      }
      connectedWith = session?.accessToken ?? null;
      return connectedWith ?? '';
    };
    const realtime = new RealtimeClient(connection ?? createChatConnection(accessTokenFactory));
    return {
      realtime,
      tokenChanged: (token: string | null) => token !== null && token !== connectedWith,
    };
  });

  useEffect(() => {
    const { realtime, tokenChanged } = client;
    realtime.start();
    // A refreshed token (here or in another tab) is handed to the server by reconnecting.
    const unsubscribe = useSessionStore.subscribe((state) => {
      if (tokenChanged(state.session?.accessToken ?? null) && realtime.status === 'connected') {
        void realtime.restart();
      }
    });
    return () => {
      unsubscribe();
      void realtime.stop();
    };
  }, [client]);

  return <RealtimeContext value={client.realtime}>{children}</RealtimeContext>;
}
