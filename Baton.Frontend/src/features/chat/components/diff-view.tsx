import { useState } from 'react';
import { foldUnchanged, type DiffPart, type DiffRow } from '@/features/chat/utils/diff-rows';
import styles from './tool-input.module.css';

/** A diff this long shows its start and a button for the rest. */
export const longDiffRows = 60;

type DiffViewProps = {
  rows: readonly DiffRow[];
};

/**
 * A diff with the lines' numbers before and after where known; runs of unchanged lines far from a
 * change fold into a button, and a long diff shows its first lines until asked for all.
 */
export function DiffView({ rows }: DiffViewProps) {
  const [unfolded, setUnfolded] = useState<ReadonlySet<number>>(new Set());
  const [whole, setWhole] = useState(rows.length <= longDiffRows);
  const numbered = rows.some(
    (row) => row.kind !== 'gap' && (row.before ?? row.after) !== undefined,
  );
  const parts = whole ? foldUnchanged(rows) : firstRows(foldUnchanged(rows), longDiffRows);
  return (
    // Focusable so a keyboard (or a phone's screen reader) can scroll a long diff.
    <pre className={styles.diff} data-testid="tool-diff" tabIndex={0} aria-label="Changes">
      {parts.map((part, at) => {
        if (part.kind === 'fold' && !unfolded.has(at)) {
          return (
            <button
              key={at}
              type="button"
              className={styles.fold}
              data-testid="diff-fold"
              onClick={() => {
                setUnfolded(new Set([...unfolded, at]));
              }}
            >
              {`⋯ ${part.rows.length} unchanged lines`}
            </button>
          );
        }
        return part.rows.map((row, line) => (
          <Row key={`${at}:${line}`} row={row} numbered={numbered} />
        ));
      })}
      {!whole && (
        <button
          type="button"
          className={styles.fold}
          data-testid="diff-show-all"
          onClick={() => {
            setWhole(true);
          }}
        >
          {`Show all ${rows.length} lines`}
        </button>
      )}
    </pre>
  );
}

/** The parts that hold the first `count` rows, the last one cut short. */
function firstRows(parts: readonly DiffPart[], count: number): DiffPart[] {
  const kept: DiffPart[] = [];
  let left = count;
  for (const part of parts) {
    if (left <= 0) {
      break;
    }
    kept.push({ ...part, rows: part.rows.slice(0, left) });
    left -= part.kind === 'fold' ? 1 : part.rows.length;
  }
  return kept;
}

function Row({ row, numbered }: { row: DiffRow; numbered: boolean }) {
  if (row.kind === 'gap') {
    return (
      <span className={styles.gap} aria-hidden="true">
        {'⋯\n'}
      </span>
    );
  }
  return (
    <span className={styles[row.kind]} data-diff={row.kind}>
      {numbered && (
        <span className={styles.lineNumbers} aria-hidden="true">
          {`${row.before ?? ''}`.padStart(4)} {`${row.after ?? ''}`.padStart(4)}{' '}
        </span>
      )}
      {row.kind === 'added' ? '+ ' : row.kind === 'removed' ? '- ' : '  '}
      {row.text}
      {'\n'}
    </span>
  );
}
