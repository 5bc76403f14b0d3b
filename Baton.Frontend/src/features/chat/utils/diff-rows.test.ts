import { describe, expect, it } from 'vitest';
import { foldUnchanged, rowsOfChange, rowsOfPatch } from '@/features/chat/utils/diff-rows';

describe('diff rows', () => {
  it('numbers a patch as in the file, with a gap before a hunk that starts further down', () => {
    const rows = rowsOfPatch([
      { oldStart: 10, oldLines: 2, newStart: 10, newLines: 2, lines: [' keep', '-old', '+new'] },
    ]);

    expect(rows).toEqual([
      { kind: 'gap' },
      { kind: 'same', text: 'keep', before: 10, after: 10 },
      { kind: 'removed', text: 'old', before: 11 },
      { kind: 'added', text: 'new', after: 11 },
    ]);
  });

  it('has no patch rows when the CLI sent no hunk (a new file)', () => {
    expect(rowsOfPatch([])).toBeUndefined();
    expect(rowsOfPatch(undefined)).toBeUndefined();
  });

  it('numbers a whole new file from its first line, and an edit snippet not at all', () => {
    expect(rowsOfChange('', 'a\nb\n', 1)).toEqual([
      { kind: 'added', text: 'a', after: 1 },
      { kind: 'added', text: 'b', after: 2 },
    ]);
    expect(rowsOfChange('x', 'y')).toEqual([
      { kind: 'removed', text: 'x' },
      { kind: 'added', text: 'y' },
    ]);
  });

  it('folds a long run of unchanged lines away from the change, keeping three on each side', () => {
    const unchanged = Array.from({ length: 10 }, (_, at) => `line ${at + 1}`).join('\n');
    const rows = rowsOfChange(`${unchanged}\nold\n`, `${unchanged}\nnew\n`, 1);

    const parts = foldUnchanged(rows);

    expect(parts.map((part) => [part.kind, part.rows.length])).toEqual([
      ['fold', 7],
      ['rows', 5],
    ]);
  });
});
