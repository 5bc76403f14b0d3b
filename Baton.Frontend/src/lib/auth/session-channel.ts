import { setSession, type Session } from '@/lib/auth/session';

// Tabs of one browser share one session: what one tab learns (a sign-in, a refreshed access
// token, a sign-out) it tells the others, so they neither refresh again nor stay signed in alone.
type SessionMessage = { kind: 'signed-in'; session: Session } | { kind: 'signed-out' };

const channelName = 'baton-session';

// One channel object for sending and receiving: a channel does not hear its own messages.
let channel: BroadcastChannel | null = null;

function sessionChannel(): BroadcastChannel | null {
  if (channel === null && typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(channelName);
  }
  return channel;
}

/** Takes the session in this tab and tells the other tabs. */
export function shareSession(session: Session | null): void {
  setSession(session);
  const message: SessionMessage =
    session === null ? { kind: 'signed-out' } : { kind: 'signed-in', session };
  sessionChannel()?.postMessage(message);
}

/** Follows what the other tabs share; returns the way to stop. */
export function followSessionOfOtherTabs(): () => void {
  const listening = sessionChannel();
  if (listening === null) {
    return () => undefined;
  }
  const onMessage = (event: MessageEvent<SessionMessage>) => {
    setSession(event.data.kind === 'signed-in' ? event.data.session : null);
  };
  listening.addEventListener('message', onMessage);
  return () => {
    listening.removeEventListener('message', onMessage);
  };
}
