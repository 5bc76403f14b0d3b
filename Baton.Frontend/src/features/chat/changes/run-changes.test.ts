import { describe, expect, it } from 'vitest';
import type { MessageBlock } from '@/lib/realtime/contract.generated';
import { runChanges } from '@/features/chat/changes/run-changes';

function call(id: string, name: string, input: object): MessageBlock {
  return { type: 'tool_use', id, name, input };
}

function result(toolUseId: string, isError = false, toolUseResult?: object): MessageBlock {
  return {
    type: 'tool_result',
    toolUseId,
    content: 'ok',
    isError,
    toolUseResult: toolUseResult ?? null,
  };
}

describe('runChanges', () => {
  it('lists each changed file once, in the order first touched, with every edit and its line counts', () => {
    const blocks: MessageBlock[] = [
      call('t1', 'Edit', {
        file_path: '/p/a.ts',
        old_string: 'one\ntwo',
        new_string: 'one\n2\nthree',
      }),
      result('t1'),
      call('t2', 'Write', { file_path: '/p/b.md', content: 'hello\n' }),
      result('t2'),
      call('t3', 'MultiEdit', {
        file_path: '/p/a.ts',
        edits: [{ old_string: 'x', new_string: 'y' }],
      }),
      result('t3'),
      call('t4', 'Bash', { command: 'ls' }),
      result('t4'),
    ];

    const files = runChanges(blocks);

    expect(files.map((file) => [file.path, file.diffs.length, file.added, file.removed])).toEqual([
      ['/p/a.ts', 2, 3, 2],
      ['/p/b.md', 1, 1, 0],
    ]);
  });

  it('leaves out edits that were refused, failed or have not run, and takes the CLI patch once there', () => {
    const patch = {
      structuredPatch: [{ oldStart: 4, newStart: 4, lines: ['-old', '+new', '+more'] }],
    };
    const blocks: MessageBlock[] = [
      call('t1', 'Write', { file_path: '/p/denied.txt', content: 'no' }),
      result('t1', true),
      call('t2', 'Edit', { file_path: '/p/waiting.txt', old_string: 'a', new_string: 'b' }),
      call('t3', 'Write', { file_path: '/p/over.txt', content: 'new\nmore' }),
      result('t3', false, patch),
    ];

    const files = runChanges(blocks);

    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ path: '/p/over.txt', added: 2, removed: 1 });
    expect(files[0]?.diffs[0]?.find((row) => row.kind === 'removed')).toMatchObject({ before: 4 });
  });
});
