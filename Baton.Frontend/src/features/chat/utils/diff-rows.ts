import { diffLines } from 'diff';
import { asArray, asNumber, asObject, asString } from '@/features/chat/utils/json-value';

/** One line of a diff, with its number in the file before and after where known; or a gap between hunks. */
export type DiffRow =
  | { kind: 'added' | 'removed' | 'same'; text: string; before?: number; after?: number }
  | { kind: 'gap' };

/**
 * The rows of `before` turned into `after`. Numbered from `firstLine` when the texts are whole files
 * (a written file); an edit's snippets have no place in the file, so their rows carry no numbers.
 */
export function rowsOfChange(before: string, after: string, firstLine?: number): DiffRow[] {
  let beforeLine = firstLine;
  let afterLine = firstLine;
  return diffLines(before, after).flatMap((part) => {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const text = part.value.endsWith('\n') ? part.value.slice(0, -1) : part.value;
    return text.split('\n').map((line) => {
      const row: DiffRow = { kind, text: line };
      if (beforeLine !== undefined && afterLine !== undefined) {
        if (kind !== 'added') {
          row.before = beforeLine++;
        }
        if (kind !== 'removed') {
          row.after = afterLine++;
        }
      }
      return row;
    });
  });
}

/**
 * The rows of the CLI's `structuredPatch` (hunks of `-`, `+` and ` ` lines with where they start in
 * the file), numbered as in the file; undefined when the value holds no hunk.
 */
export function rowsOfPatch(structuredPatch: unknown): DiffRow[] | undefined {
  const hunks = asArray(structuredPatch).map(asObject);
  if (hunks.length === 0) {
    return undefined;
  }
  const rows: DiffRow[] = [];
  for (const hunk of hunks) {
    let before = asNumber(hunk?.oldStart) ?? 1;
    let after = asNumber(hunk?.newStart) ?? 1;
    if (rows.length > 0 || before > 1) {
      rows.push({ kind: 'gap' });
    }
    for (const line of asArray(hunk?.lines)) {
      const text = asString(line) ?? '';
      if (text.startsWith('+')) {
        rows.push({ kind: 'added', text: text.slice(1), after: after++ });
      } else if (text.startsWith('-')) {
        rows.push({ kind: 'removed', text: text.slice(1), before: before++ });
      } else {
        rows.push({ kind: 'same', text: text.slice(1), before: before++, after: after++ });
      }
    }
  }
  return rows;
}

/** Unchanged lines kept on each side of a change; longer unchanged runs fold. */
export const contextLines = 3;

export type DiffPart = { kind: 'rows'; rows: DiffRow[] } | { kind: 'fold'; rows: DiffRow[] };

/** Splits rows into what is shown and the runs of unchanged lines far from any change, folded. */
export function foldUnchanged(rows: readonly DiffRow[]): DiffPart[] {
  const near = rows.map((_, at) =>
    rows
      .slice(Math.max(0, at - contextLines), at + contextLines + 1)
      .some((row) => row.kind !== 'same'),
  );
  const parts: DiffPart[] = [];
  rows.forEach((row, at) => {
    const kind = row.kind === 'same' && !near[at] ? 'fold' : 'rows';
    const last = parts.at(-1);
    if (last?.kind === kind) {
      last.rows.push(row);
    } else {
      parts.push({ kind, rows: [row] });
    }
  });
  // Folding a line or two hides nothing worth the click.
  return parts.map((part) =>
    part.kind === 'fold' && part.rows.length < 3 ? { ...part, kind: 'rows' } : part,
  );
}
