import type { WorkspaceFileChange } from '@/lib/realtime/contract.generated';
import { rowsOfPatch, type DiffRow } from '@/features/chat/utils/diff-rows';

/** A changed file's staged and unstaged diffs as rows, and the lines they add and remove together. */
export type WorkspaceFileRows = {
  staged: DiffRow[] | undefined;
  unstaged: DiffRow[] | undefined;
  added: number;
  removed: number;
};

export function workspaceFileRows(file: WorkspaceFileChange): WorkspaceFileRows {
  const staged = rowsOfPatch(file.staged);
  const unstaged = rowsOfPatch(file.unstaged);
  const rows = [...(staged ?? []), ...(unstaged ?? [])];
  return {
    staged,
    unstaged,
    added: rows.filter((row) => row.kind === 'added').length,
    removed: rows.filter((row) => row.kind === 'removed').length,
  };
}

/** How a status reads beside its file. */
export const statusLabels: Record<WorkspaceFileChange['status'], string> = {
  modified: 'Modified',
  added: 'Added',
  deleted: 'Deleted',
  renamed: 'Renamed',
  untracked: 'Untracked',
  conflicted: 'Conflicted',
};
