import type { QueuedMessage } from '@/lib/realtime/contract.generated';
import type { HubFailure } from '@/lib/realtime/hub-error';
import { QueuedMessageItem } from '@/features/chat/queue/queued-message-item';
import styles from './queued-messages.module.css';

export type QueueActions = {
  onEdit: (id: string, content: string) => Promise<HubFailure | undefined>;
  onRemove: (id: string) => Promise<HubFailure | undefined>;
  onSteer: (id: string) => Promise<HubFailure | undefined>;
};

type QueuedMessagesProps = QueueActions & { messages: readonly QueuedMessage[] };

/** The messages waiting for the running answer to end, in the order they will start. */
export function QueuedMessages({ messages, onEdit, onRemove, onSteer }: QueuedMessagesProps) {
  if (messages.length === 0) {
    return null;
  }
  return (
    <section
      className={styles.queue}
      aria-labelledby="queued-messages-heading"
      data-testid="queued-messages"
    >
      <h2 id="queued-messages-heading" className={styles.heading}>
        Queued ({messages.length}): sent in order when Claude is done
      </h2>
      <ol className={styles.items}>
        {messages.map((message) => (
          <QueuedMessageItem
            key={message.id}
            message={message}
            onEdit={onEdit}
            onRemove={onRemove}
            onSteer={onSteer}
          />
        ))}
      </ol>
    </section>
  );
}
