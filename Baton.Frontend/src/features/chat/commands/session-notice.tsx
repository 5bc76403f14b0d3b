import { sessionNoticeText } from '@/features/chat/commands/session-notice-text';
import styles from './session-notice.module.css';

/** A compaction in progress, or a boundary in the history: where Claude's memory of it was summarised or cleared. */
export function SessionNotice({ subtype }: { subtype: string }) {
  const boundary = subtype === 'compact_boundary' || subtype === 'new_session';
  return (
    <p
      className={boundary ? styles.boundary : styles.progress}
      role={boundary ? 'separator' : undefined}
      aria-label={boundary ? sessionNoticeText(subtype) : undefined}
      data-testid="session-notice"
      data-notice={subtype}
    >
      <span className={styles.label}>{sessionNoticeText(subtype)}</span>
    </p>
  );
}
