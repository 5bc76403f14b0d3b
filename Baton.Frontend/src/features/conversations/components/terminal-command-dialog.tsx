import { useEffect, useRef, useState } from 'react';
import { useTerminalCommand } from '@/features/conversations/api/get-terminal-command';
import styles from './terminal-command-dialog.module.css';

type TerminalCommandDialogProps = {
  conversationId: string;
  title: string;
  onClose: () => void;
};

/**
 * How to continue a conversation in a terminal: the command, ready to copy, that resumes its Claude
 * session on the bridge's machine with the same CLI and configuration the bridge uses.
 */
export function TerminalCommandDialog({
  conversationId,
  title,
  onClose,
}: TerminalCommandDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const command = useTerminalCommand(conversationId, true);
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>(undefined);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const copy = (text: string) => {
    navigator.clipboard.writeText(text).then(
      () => {
        setCopied('yes');
      },
      () => {
        setCopied('failed');
      },
    );
  };

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={`${conversationId}-terminal-title`}
      onClose={onClose}
      data-testid="terminal-command-dialog"
    >
      <h2 id={`${conversationId}-terminal-title`}>Continue “{title}” in a terminal</h2>
      {command.isPending && <p>Looking up the session…</p>}
      {command.isError && (
        <p role="alert" className={styles.failure} data-testid="terminal-command-failed">
          {command.error.message}
        </p>
      )}
      {command.data && (
        <>
          <p>
            Run this on the machine of the bridge <strong>{command.data.bridgeName}</strong>. It
            opens the same Claude session, with everything said here so far.
          </p>
          <pre className={styles.command}>
            <code data-testid="terminal-command">{command.data.command}</code>
          </pre>
          <p aria-live="polite" className={styles.status}>
            {copied === 'yes' && 'Copied.'}
            {copied === 'failed' &&
              'The browser did not allow copying: select the command instead.'}
          </p>
        </>
      )}
      <div className={styles.buttons}>
        {command.data && (
          <button
            type="button"
            onClick={() => {
              copy(command.data.command);
            }}
            data-testid="terminal-command-copy"
          >
            Copy
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            dialog.current?.close();
          }}
        >
          Close
        </button>
      </div>
    </dialog>
  );
}
