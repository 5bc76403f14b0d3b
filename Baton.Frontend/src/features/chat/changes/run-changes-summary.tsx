import { useMemo } from 'react';
import type { MessageBlock } from '@/lib/realtime/contract.generated';
import { runChanges } from '@/features/chat/changes/run-changes';
import { DiffView } from '@/features/chat/components/diff-view';
import styles from './run-changes-summary.module.css';

/** "Changed N files" under an answer: each file the run changed, folded, its diffs inside. */
export function RunChangesSummary({ blocks }: { blocks: readonly MessageBlock[] }) {
  const files = useMemo(() => runChanges(blocks), [blocks]);
  if (files.length === 0) {
    return null;
  }
  const added = files.reduce((sum, file) => sum + file.added, 0);
  const removed = files.reduce((sum, file) => sum + file.removed, 0);
  return (
    <details className={styles.summary} data-testid="run-changes">
      <summary>
        Changed {files.length} {files.length === 1 ? 'file' : 'files'}{' '}
        <LineCounts added={added} removed={removed} />
      </summary>
      <ul className={styles.files}>
        {files.map((file) => (
          <li key={file.path} data-testid="run-change" data-path={file.path}>
            <details>
              <summary>
                <span className={styles.path}>{file.path}</span>{' '}
                <LineCounts added={file.added} removed={file.removed} />
              </summary>
              {file.diffs.map((rows, at) => (
                <DiffView key={at} rows={rows} />
              ))}
            </details>
          </li>
        ))}
      </ul>
    </details>
  );
}

function LineCounts({ added, removed }: { added: number; removed: number }) {
  return (
    <span className={styles.counts}>
      <span className={styles.added}>+{added}</span>{' '}
      <span className={styles.removed}>−{removed}</span>
    </span>
  );
}
