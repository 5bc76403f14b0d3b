import { useMemo } from 'react';
import type { WorkspaceFileChange } from '@/lib/realtime/contract.generated';
import { DiffView } from '@/features/chat/components/diff-view';
import { statusLabels, workspaceFileRows } from '@/features/chat/workspace/workspace-file-change';
import styles from './workspace-changes.module.css';

/** One changed file, folded to its status, path and line counts; opened, its staged and unstaged diffs. */
export function WorkspaceFile({ file }: { file: WorkspaceFileChange }) {
  const rows = useMemo(() => workspaceFileRows(file), [file]);
  return (
    <li data-testid="workspace-file" data-path={file.path} data-status={file.status}>
      <details>
        <summary>
          <span className={styles.status} data-status={file.status}>
            {statusLabels[file.status]}
          </span>{' '}
          <span className={styles.path}>
            {file.oldPath != null && `${file.oldPath} → `}
            {file.path}
          </span>{' '}
          {(rows.added > 0 || rows.removed > 0) && (
            <span className={styles.counts}>
              <span className={styles.added}>+{rows.added}</span>{' '}
              <span className={styles.removed}>−{rows.removed}</span>
            </span>
          )}
        </summary>
        {file.binary && <p className={styles.note}>A binary file: no lines to show.</p>}
        {file.status === 'untracked' && (
          <p className={styles.note}>Not tracked by git yet: all of it is new.</p>
        )}
        {rows.staged !== undefined && (
          <section aria-label="Staged" data-testid="workspace-staged">
            <h3 className={styles.part}>Staged</h3>
            <DiffView rows={rows.staged} />
          </section>
        )}
        {rows.unstaged !== undefined && (
          <section aria-label="Not staged" data-testid="workspace-unstaged">
            <h3 className={styles.part}>Not staged</h3>
            <DiffView rows={rows.unstaged} />
          </section>
        )}
      </details>
    </li>
  );
}
