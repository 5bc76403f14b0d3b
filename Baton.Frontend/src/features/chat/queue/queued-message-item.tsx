import { useState } from 'react';
import { CornerDownRight, Pencil, Trash2 } from 'lucide-react';
import { ErrorCodes, type QueuedMessage } from '@/lib/realtime/contract.generated';
import type { HubFailure } from '@/lib/realtime/hub-error';
import type { QueueActions } from '@/features/chat/queue/queued-messages';
import styles from './queued-messages.module.css';

type QueuedMessageItemProps = QueueActions & { message: QueuedMessage };

/**
 * One waiting message: its text, or while edited a box for it; edit, remove, or send it into the running
 * turn now ("Send now": Claude takes it at its next step) until it starts.
 */
export function QueuedMessageItem({ message, onEdit, onRemove, onSteer }: QueuedMessageItemProps) {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<HubFailure | undefined>(undefined);

  const run = async (action: () => Promise<HubFailure | undefined>, onDone?: () => void) => {
    setBusy(true);
    const result = await action();
    setBusy(false);
    setFailure(result);
    if (result === undefined) {
      onDone?.();
    }
  };

  const save = () => {
    const content = (draft ?? '').trim();
    if (content === '') {
      return;
    }
    void run(
      () => onEdit(message.id, content),
      () => {
        setDraft(undefined);
      },
    );
  };

  return (
    <li className={styles.item} data-testid="queued-message" data-queued-id={message.id}>
      {draft === undefined ? (
        <p className={styles.text}>{message.content}</p>
      ) : (
        <textarea
          className={styles.editor}
          aria-label="Queued message"
          value={draft}
          // Focused as it opens: the person asked to edit this very message.
          autoFocus
          onChange={(event) => {
            setDraft(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              save();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              setDraft(undefined);
            }
          }}
        />
      )}
      <div className={styles.actions}>
        {draft === undefined ? (
          <>
            {message.attachmentIds.length === 0 && (
              <button
                type="button"
                className={styles.action}
                disabled={busy}
                aria-label={`Send now: ${message.content}`}
                title="Send into Claude's running turn now"
                onClick={() => {
                  void run(() => onSteer(message.id));
                }}
              >
                <CornerDownRight size={14} aria-hidden="true" /> Send now
              </button>
            )}
            <button
              type="button"
              className={styles.action}
              disabled={busy}
              onClick={() => {
                setFailure(undefined);
                setDraft(message.content);
              }}
            >
              <Pencil size={14} aria-hidden="true" /> Edit
            </button>
            <button
              type="button"
              className={styles.action}
              disabled={busy}
              aria-label={`Remove queued message: ${message.content}`}
              onClick={() => {
                void run(() => onRemove(message.id));
              }}
            >
              <Trash2 size={14} aria-hidden="true" /> Remove
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className={styles.action}
              disabled={busy || draft.trim() === ''}
              onClick={save}
            >
              Save
            </button>
            <button
              type="button"
              className={styles.action}
              disabled={busy}
              onClick={() => {
                setDraft(undefined);
              }}
            >
              Cancel
            </button>
          </>
        )}
      </div>
      {failure !== undefined && (
        <p className={styles.error} role="alert">
          {failure.code === ErrorCodes.queuedMessageStarted
            ? 'This message has started already.'
            : failure.text}
        </p>
      )}
    </li>
  );
}
