import { getSession, isFresh, setSession, type Session } from '@/lib/auth/session';

// Tabs of one browser share one session: what one tab learns (a sign-in, a refreshed access
// token, a sign-out) it tells the others, so they neither refresh again nor stay signed in alone.
// A tab whose own access token is still fresh keeps it: taking a new one would reconnect its
// realtime connection each time another tab opens or reloads.
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
    if (event.data.kind === 'signed-out') {
      setSession(null);
    } else if (needsSession(event.data.session)) {
      setSession(event.data.session);
    }
  };
  listening.addEventListener('message', onMessage);
  return () => {
    listening.removeEventListener('message', onMessage);
  };
}

function needsSession(shared: Session): boolean {
  const own = getSession();
  if (own === null) {
    return true;
  }
  return own.user.id !== shared.user.id || !isFresh(own);
}
