import { useEffect } from 'react';
import type { ConversationSession } from '@/features/chat/session/conversation-session';
import type { SessionSnapshot } from '@/features/chat/session/session-types';

/** Where bringing a message (a search result) into the loaded history stands. */
export type FocusedMessage =
  | { status: 'none' }
  | { status: 'searching' }
  | { status: 'found'; key: string }
  | { status: 'missing' };

/**
 * Pages back through the conversation's history until the message is loaded, so the list can show
 * it: a search result may be far older than the newest page.
 */
export function useFocusMessage(
  session: ConversationSession,
  snapshot: SessionSnapshot,
  messageId: string | undefined,
): FocusedMessage {
  const { phase, older, state } = snapshot;
  const key = messageId === undefined ? undefined : state.keyByMessageId[messageId];
  const needsOlder = messageId !== undefined && phase === 'ready' && key === undefined;

  useEffect(() => {
    if (needsOlder && state.hasOlder && older === 'idle') {
      void session.loadOlder();
    }
  }, [needsOlder, state.hasOlder, older, session]);

  if (messageId === undefined || phase === 'failed') {
    return { status: 'none' };
  }
  if (key !== undefined) {
    return { status: 'found', key };
  }
  // A page that failed to load is offered again at the top of the list; the search stops there.
  return phase === 'ready' && (!state.hasOlder || older === 'failed')
    ? { status: 'missing' }
    : { status: 'searching' };
}
