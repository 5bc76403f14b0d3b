import type { MessageBlock, ToolResultBlock } from '@/lib/realtime/contract.generated';
import type { DiffRow } from '@/features/chat/utils/diff-rows';
import { fileChangeOf } from '@/features/chat/utils/file-change';

/** A file a run changed: every diff of its edits, in order, and how many lines they add and remove. */
export type ChangedFile = {
  path: string;
  diffs: DiffRow[][];
  added: number;
  removed: number;
};

/**
 * Every file an answer's file tools changed (its subagents' too), in the order first touched. Only
 * calls that ran and succeeded count: a refused or failed edit changed nothing.
 */
export function runChanges(blocks: readonly MessageBlock[]): ChangedFile[] {
  const results = new Map<string, ToolResultBlock>();
  for (const block of blocks) {
    if (block.type === 'tool_result') {
      results.set(block.toolUseId, block);
    }
  }
  const files = new Map<string, ChangedFile>();
  for (const block of blocks) {
    const result = block.type === 'tool_use' ? results.get(block.id) : undefined;
    if (block.type !== 'tool_use' || result === undefined || result.isError) {
      continue;
    }
    const change = fileChangeOf(block.name, block.input, result);
    if (change?.path === undefined) {
      continue;
    }
    const file = files.get(change.path) ?? { path: change.path, diffs: [], added: 0, removed: 0 };
    for (const rows of change.diffs) {
      file.diffs.push(rows);
      file.added += rows.filter((row) => row.kind === 'added').length;
      file.removed += rows.filter((row) => row.kind === 'removed').length;
    }
    files.set(change.path, file);
  }
  return [...files.values()];
}
