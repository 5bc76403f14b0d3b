import type { RunFigures, RunStatus } from '@/features/chat/types/chat-state';
import { asNumber, asObject } from '@/features/chat/utils/json-value';
import styles from './assistant-message.module.css';

type RunFooterProps = {
  status: RunStatus;
  figures: RunFigures | undefined;
};

export function RunFooter({ status, figures }: RunFooterProps) {
  const parts: string[] = [];
  if (status === 'aborted') {
    parts.push('Stopped');
  } else if (figures?.isError === true) {
    parts.push('Ended with an error');
  }
  if (figures?.durationMs != null) {
    parts.push(formatDuration(figures.durationMs));
  }
  const tokens = tokenCount(figures?.usage);
  if (tokens !== undefined) {
    parts.push(
      `${tokens.input.toLocaleString()} in · ${tokens.output.toLocaleString()} out tokens`,
    );
  }
  if (figures?.costUsd != null) {
    parts.push(`$${figures.costUsd.toFixed(4)}`);
  }
  if (parts.length === 0) {
    return null;
  }
  return (
    <footer className={styles.footer} data-testid="run-footer">
      {parts.join(' · ')}
    </footer>
  );
}

function formatDuration(ms: number): string {
  return ms < 1_000 ? `${ms} ms` : `${(ms / 1_000).toFixed(1)} s`;
}

// The CLI's usage object: input counts cache reads and writes too.
function tokenCount(usage: unknown): { input: number; output: number } | undefined {
  const value = asObject(usage);
  if (value === undefined) {
    return undefined;
  }
  const input =
    (asNumber(value.input_tokens) ?? 0) +
    (asNumber(value.cache_creation_input_tokens) ?? 0) +
    (asNumber(value.cache_read_input_tokens) ?? 0);
  return { input, output: asNumber(value.output_tokens) ?? 0 };
}
