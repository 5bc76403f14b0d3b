// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MessageBlock } from '@/lib/realtime/contract.generated';
import { latestTodoList, todosOfInput } from '@/features/chat/todos/todo-list';

function todoWrite(id: string, statuses: string[], parentToolUseId?: string): MessageBlock {
  const input = {
    todos: statuses.map((status, at) => ({
      content: `Step ${at + 1}`,
      status,
      activeForm: `Doing step ${at + 1}`,
    })),
  };
  return parentToolUseId === undefined
    ? { type: 'tool_use', id, name: 'TodoWrite', input }
    : { type: 'tool_use', id, name: 'TodoWrite', input, parentToolUseId };
}

function result(toolUseId: string, isError = false): MessageBlock {
  return { type: 'tool_result', toolUseId, content: 'ok', isError };
}

function statuses(blocks: MessageBlock[]): string[] | undefined {
  return latestTodoList(blocks)?.map((todo) => todo.status);
}

describe('latestTodoList', () => {
  it('is the list of the latest TodoWrite call', () => {
    const blocks = [
      { type: 'text', text: 'I will keep a list.' } as const,
      todoWrite('t1', ['pending', 'pending']),
      result('t1'),
      todoWrite('t2', ['in_progress', 'pending']),
      result('t2'),
      todoWrite('t3', ['completed', 'in_progress']),
    ];
    expect(latestTodoList(blocks)).toEqual([
      { content: 'Step 1', status: 'completed', activeForm: 'Doing step 1' },
      { content: 'Step 2', status: 'in_progress', activeForm: 'Doing step 2' },
    ]);
  });

  it('is none for an answer that keeps no list', () => {
    expect(latestTodoList([{ type: 'text', text: 'Hello' }])).toBeUndefined();
    expect(latestTodoList([])).toBeUndefined();
  });

  it('passes over a call whose input still streams', () => {
    const streaming: MessageBlock = {
      type: 'tool_use',
      id: 't2',
      name: 'TodoWrite',
      partialJson: '{"todos":[{"content":"Ste',
      streaming: true,
    };
    expect(statuses([todoWrite('t1', ['pending']), result('t1'), streaming])).toEqual(['pending']);
  });

  it('passes over a call the CLI refused, as when it offers no TodoWrite', () => {
    expect(statuses([todoWrite('t1', ['pending']), result('t1', true)])).toBeUndefined();
    expect(
      statuses([
        todoWrite('t1', ['in_progress']),
        result('t1'),
        todoWrite('t2', ['completed']),
        result('t2', true),
      ]),
    ).toEqual(['in_progress']);
  });

  it("ignores a subagent's own list", () => {
    expect(
      statuses([todoWrite('t1', ['pending']), result('t1'), todoWrite('t2', ['completed'], 'a1')]),
    ).toEqual(['pending']);
  });
});

describe('todosOfInput', () => {
  it('reads unknown statuses as pending and drops items without content', () => {
    expect(
      todosOfInput({
        todos: [{ content: 'A', status: 'blocked' }, { status: 'completed' }, 'not an item'],
      }),
    ).toEqual([{ content: 'A', status: 'pending', activeForm: undefined }]);
  });

  it('is none for an input without a list', () => {
    expect(todosOfInput({})).toBeUndefined();
    expect(todosOfInput('text')).toBeUndefined();
  });
});
