import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useRealtime } from '@/lib/realtime/use-realtime';
import { getEvents } from '@/features/chat/api/get-events';
import { getMessages } from '@/features/chat/api/get-messages';
import { ConversationSession } from '@/features/chat/session/conversation-session';
import type {
  ConversationSessionDeps,
  SessionSnapshot,
} from '@/features/chat/session/session-types';

export type SessionLoaders = Pick<ConversationSessionDeps, 'loadMessages' | 'loadEvents'>;

const defaultLoaders: SessionLoaders = { loadMessages: getMessages, loadEvents: getEvents };

/** The open conversation: started on mount, disposed (handlers removed, room left) on unmount. */
export function useConversationSession(
  conversationId: string,
  loaders: SessionLoaders = defaultLoaders,
): { session: ConversationSession; snapshot: SessionSnapshot } {
  const realtime = useRealtime();
  const session = useMemo(
    () => new ConversationSession(conversationId, { realtime, ...loaders }),
    [conversationId, realtime, loaders],
  );
  useEffect(() => {
    void session.start();
    return () => {
      session.dispose();
    };
  }, [session]);
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  return { session, snapshot };
}
