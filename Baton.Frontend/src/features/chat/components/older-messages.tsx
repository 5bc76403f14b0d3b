import type { OlderMessagesStatus } from '@/features/chat/session/session-types';
import styles from './older-messages.module.css';

export type OlderMessagesContext = {
  hasOlder: boolean;
  status: OlderMessagesStatus;
  onLoadOlder: () => void;
};

/**
 * The top of the message list: scrolling there loads earlier messages by itself, and the button
 * is there for when it did not (a failed request, a scroll that never reached the top).
 */
export function OlderMessages({ context }: { context: OlderMessagesContext }) {
  if (!context.hasOlder) {
    return <p className={styles.older}>Start of the conversation</p>;
  }
  if (context.status === 'loading') {
    return (
      <p className={styles.older} role="status">
        Loading earlier messages…
      </p>
    );
  }
  return (
    <p className={styles.older}>
      {context.status === 'failed' && (
        <span role="alert">Earlier messages could not be loaded. </span>
      )}
      <button type="button" className={styles.button} onClick={context.onLoadOlder}>
        {context.status === 'failed' ? 'Try again' : 'Load earlier messages'}
      </button>
    </p>
  );
}
