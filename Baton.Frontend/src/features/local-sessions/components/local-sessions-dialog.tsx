import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useImportLocalSession } from '@/features/local-sessions/api/import-local-session';
import {
  useLocalSessions,
  type LocalSession,
} from '@/features/local-sessions/api/get-local-sessions';
import { formatMoment } from '@/lib/format-moment';
import { plainMarkdown } from '@/lib/plain-markdown';
import styles from './local-sessions-dialog.module.css';

type LocalSessionsDialogProps = {
  projectId: string;
  onClose: () => void;
  onOpened: () => void;
};

/**
 * The Claude Code sessions run in the project's folder on its bridge's machine; choosing one opens it as a
 * conversation with its history, which the next message continues.
 */
export function LocalSessionsDialog({ projectId, onClose, onOpened }: LocalSessionsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const sessions = useLocalSessions(projectId, true);
  const importing = useImportLocalSession(projectId);
  const navigate = useNavigate();

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const open = (session: LocalSession) => {
    importing.mutate(session.sessionId, {
      onSuccess: (conversation) => {
        dialog.current?.close();
        onOpened();
        void navigate(`/projects/${projectId}/c/${conversation.id}`);
      },
    });
  };

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={`${projectId}-local-sessions-title`}
      onClose={onClose}
      data-testid="local-sessions-dialog"
    >
      <h2 id={`${projectId}-local-sessions-title`}>Open a local session</h2>
      <p className={styles.note}>
        Claude Code sessions run in this project’s folder on its bridge’s machine. Opening one
        brings its history here; your next message continues it.
      </p>
      {sessions.isPending && <p role="status">Looking for sessions…</p>}
      {sessions.isError && (
        <p role="alert" className={styles.failure} data-testid="local-sessions-failed">
          {sessions.error.message}
        </p>
      )}
      {sessions.data?.sessions.length === 0 && (
        <p data-testid="local-sessions-empty">No Claude Code session has run in this folder yet.</p>
      )}
      {sessions.data !== undefined && sessions.data.sessions.length > 0 && (
        <ul className={styles.list} data-testid="local-sessions">
          {sessions.data.sessions.map((session) => (
            <li key={session.sessionId}>
              <button
                type="button"
                className={styles.session}
                disabled={importing.isPending}
                onClick={() => {
                  open(session);
                }}
                data-testid="local-session"
                data-session-id={session.sessionId}
              >
                <LastWords session={session} />
                <span className={styles.details}>
                  Started {formatMoment(session.startedAt ?? session.updatedAt)} · last change{' '}
                  {formatMoment(session.updatedAt)} · {formatSize(session.size)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {importing.isPending && <p role="status">Importing the session…</p>}
      {importing.isError && (
        <p role="alert" className={styles.failure} data-testid="local-session-import-failed">
          The session could not be opened: {importing.error.message}
        </p>
      )}
      <div className={styles.buttons}>
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

/** What a person recognises a session by: what they last asked, and what was said last. */
function LastWords({ session }: { session: LocalSession }) {
  const message = session.lastMessage === null ? null : plainMarkdown(session.lastMessage);
  if (session.lastPrompt === null) {
    return <span className={styles.prompt}>{message ?? 'No messages yet'}</span>;
  }
  return (
    <>
      <span className={styles.prompt} data-testid="local-session-prompt">
        {session.lastPrompt}
      </span>
      {message !== null && message !== session.lastPrompt && (
        <span className={styles.message}>{message}</span>
      )}
    </>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  return bytes < 1024 * 1024
    ? `${(bytes / 1024).toFixed(0)} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
