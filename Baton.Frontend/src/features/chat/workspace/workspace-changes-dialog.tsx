import { useEffect, useRef } from 'react';
import type { WorkspaceDiff } from '@/lib/realtime/contract.generated';
import { useWorkspaceDiff } from '@/features/chat/workspace/get-workspace-diff';
import { WorkspaceFile } from '@/features/chat/workspace/workspace-file';
import styles from './workspace-changes.module.css';

type WorkspaceChangesDialogProps = {
  projectId: string;
  onClose: () => void;
};

/** The project folder's changes as git sees them (staged, not staged, untracked), asked of the bridge on opening. */
export function WorkspaceChangesDialog({ projectId, onClose }: WorkspaceChangesDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const diff = useWorkspaceDiff(projectId, true);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={`${projectId}-workspace-title`}
      onClose={onClose}
      data-testid="workspace-changes"
    >
      <header className={styles.header}>
        <h2 id={`${projectId}-workspace-title`}>Workspace changes</h2>
        {diff.data?.branch != null && (
          <span className={styles.branch} data-testid="workspace-branch">
            on {diff.data.branch}
          </span>
        )}
      </header>
      {diff.isPending && <p role="status">Asking git on the bridge…</p>}
      {diff.isError && (
        <p role="alert" className={styles.failure} data-testid="workspace-changes-failed">
          {diff.error.message}
        </p>
      )}
      {diff.data && <WorkspaceDiffBody diff={diff.data} />}
      <div className={styles.buttons}>
        <button
          type="button"
          disabled={diff.isFetching}
          onClick={() => {
            void diff.refetch();
          }}
          data-testid="workspace-changes-refresh"
        >
          Refresh
        </button>
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

function WorkspaceDiffBody({ diff }: { diff: WorkspaceDiff }) {
  if (diff.state === 'not_a_repository') {
    return (
      <p className={styles.note} data-testid="workspace-not-a-repository">
        The project’s folder is not a git repository, so there are no changes to compare. Run{' '}
        <code>git init</code> there to track them.
      </p>
    );
  }
  if (diff.state === 'git_missing') {
    return (
      <p className={styles.note} data-testid="workspace-git-missing">
        git is not installed on the bridge’s machine, so its changes cannot be shown.
      </p>
    );
  }
  if (diff.files.length === 0) {
    return (
      <p className={styles.note} data-testid="workspace-clean">
        No changes: the folder matches the last commit.
      </p>
    );
  }
  return (
    <>
      <p className={styles.summary} data-testid="workspace-summary">
        {diff.files.length} changed {diff.files.length === 1 ? 'file' : 'files'}
      </p>
      <ul className={styles.files}>
        {diff.files.map((file) => (
          <WorkspaceFile key={file.path} file={file} />
        ))}
      </ul>
      {diff.truncated && (
        <p className={styles.note} data-testid="workspace-truncated">
          git reported more than is shown here: some files or lines are left out.
        </p>
      )}
    </>
  );
}
