import { describe, expect, it } from 'vitest';
import type { WorkspaceFileChange } from '@/lib/realtime/contract.generated';
import { workspaceFileRows } from '@/features/chat/workspace/workspace-file-change';

const file = (change: Partial<WorkspaceFileChange>): WorkspaceFileChange => ({
  path: 'a.txt',
  status: 'modified',
  staged: [],
  unstaged: [],
  binary: false,
  ...change,
});

describe('workspaceFileRows', () => {
  it('numbers staged and unstaged hunks as in the file and counts their lines together', () => {
    const rows = workspaceFileRows(
      file({
        staged: [{ oldStart: 1, newStart: 1, lines: ['+first'] }],
        unstaged: [{ oldStart: 12, newStart: 13, lines: [' same', '-old', '+new'] }],
      }),
    );

    expect(rows.staged).toEqual([{ kind: 'added', text: 'first', after: 1 }]);
    expect(rows.unstaged).toEqual([
      { kind: 'gap' },
      { kind: 'same', text: 'same', before: 12, after: 13 },
      { kind: 'removed', text: 'old', before: 13 },
      { kind: 'added', text: 'new', after: 14 },
    ]);
    expect([rows.added, rows.removed]).toEqual([2, 1]);
  });

  it('has no rows for an untracked file', () => {
    const rows = workspaceFileRows(file({ status: 'untracked' }));

    expect(rows.staged).toBeUndefined();
    expect(rows.unstaged).toBeUndefined();
    expect([rows.added, rows.removed]).toEqual([0, 0]);
  });
});
