import { GitCompare } from 'lucide-react';
import { useState } from 'react';
import { WorkspaceChangesDialog } from '@/features/chat/workspace/workspace-changes-dialog';
import styles from './workspace-changes.module.css';

/** Opens what git says has changed in the project's folder, from the conversation. */
export function WorkspaceChangesButton({ projectId }: { projectId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={styles.open}
        onClick={() => {
          setOpen(true);
        }}
        data-testid="workspace-changes-open"
      >
        <GitCompare size={14} aria-hidden="true" /> Workspace changes
      </button>
      {open && (
        <WorkspaceChangesDialog
          projectId={projectId}
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </>
  );
}
