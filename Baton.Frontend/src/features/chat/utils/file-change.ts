import type { ToolResultBlock } from '@/lib/realtime/contract.generated';
import { rowsOfChange, rowsOfPatch, type DiffRow } from '@/features/chat/utils/diff-rows';
import { asArray, asObject, asString } from '@/features/chat/utils/json-value';

/** What a file tool call changes: its file and one diff per edit. */
export type FileChange = {
  path: string | undefined;
  diffs: DiffRow[][];
};

/**
 * The change an Edit, MultiEdit or Write makes; undefined for any other tool. Once the call ran, the
 * CLI's own patch, numbered as in the file (a Write over an existing file shows what it replaced);
 * before that, the diff its input describes.
 */
export function fileChangeOf(
  name: string,
  input: unknown,
  result: ToolResultBlock | undefined,
): FileChange | undefined {
  const value = asObject(input);
  if (value === undefined || (name !== 'Edit' && name !== 'MultiEdit' && name !== 'Write')) {
    return undefined;
  }
  const path = asString(value.file_path);
  const patch = rowsOfPatch(asObject(result?.toolUseResult)?.structuredPatch);
  if (patch !== undefined) {
    return { path, diffs: [patch] };
  }
  switch (name) {
    case 'Edit':
      return { path, diffs: [editRows(value)] };
    case 'MultiEdit':
      return { path, diffs: asArray(value.edits).map((edit) => editRows(asObject(edit))) };
    default:
      return { path, diffs: [rowsOfChange('', asString(value.content) ?? '', 1)] };
  }
}

function editRows(edit: Record<string, unknown> | undefined): DiffRow[] {
  return rowsOfChange(asString(edit?.old_string) ?? '', asString(edit?.new_string) ?? '');
}
