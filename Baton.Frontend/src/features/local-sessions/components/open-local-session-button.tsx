import { TerminalSquare } from 'lucide-react';
import { useState } from 'react';
import { LocalSessionsDialog } from '@/features/local-sessions/components/local-sessions-dialog';
import styles from './open-local-session-button.module.css';

/** "Open a local session": lists the project's Claude Code sessions on its bridge's machine to import one. */
export function OpenLocalSessionButton({
  projectId,
  onOpened,
}: {
  projectId: string;
  onOpened: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={styles.button}
        onClick={() => {
          setOpen(true);
        }}
        data-testid="open-local-session"
      >
        <TerminalSquare size={16} aria-hidden="true" /> Open a local session
      </button>
      {open && (
        <LocalSessionsDialog
          projectId={projectId}
          onOpened={onOpened}
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </>
  );
}
