import { diffLines } from 'diff';
import { useMemo } from 'react';
import styles from './tool-input.module.css';

type EditDiffProps = {
  before: string;
  after: string;
};

type DiffLine = { kind: 'added' | 'removed' | 'same'; text: string };

export function EditDiff({ before, after }: EditDiffProps) {
  const lines = useMemo(() => toLines(before, after), [before, after]);
  return (
    // Focusable so a keyboard (or a phone's screen reader) can scroll a long diff.
    <pre className={styles.diff} data-testid="tool-diff" tabIndex={0} aria-label="Changes">
      {lines.map((line, at) => (
        <span key={at} className={styles[line.kind]} data-diff={line.kind}>
          {line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '- ' : '  '}
          {line.text}
          {'\n'}
        </span>
      ))}
    </pre>
  );
}

function toLines(before: string, after: string): DiffLine[] {
  return diffLines(before, after).flatMap((part) => {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const text = part.value.endsWith('\n') ? part.value.slice(0, -1) : part.value;
    return text.split('\n').map((line) => ({ kind, text: line }));
  });
}
