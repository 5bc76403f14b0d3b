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

// Calls and structured results of the task tools as the pinned CLI gives them (docs/claude-cli-facts.md).
function taskCall(
  id: string,
  name: string,
  input: unknown,
  toolUseResult: unknown,
): MessageBlock[] {
  return [
    { type: 'tool_use', id, name, input },
    { type: 'tool_result', toolUseId: id, content: 'ok', isError: false, toolUseResult },
  ];
}

function created(id: string, taskId: string, subject: string): MessageBlock[] {
  return taskCall(
    id,
    'TaskCreate',
    { subject, description: `${subject}, in full`, activeForm: `${subject}, now` },
    { task: { id: taskId, subject, description: `${subject}, in full` } },
  );
}

function updated(id: string, taskId: string, status: string): MessageBlock[] {
  return taskCall(
    id,
    'TaskUpdate',
    { taskId, status },
    { success: true, taskId, updatedFields: ['status'] },
  );
}

describe('latestTodoList with the task tools', () => {
  it('builds the list a task at a time: created, updated, deleted', () => {
    const blocks = [
      ...created('c1', '1', 'Read the project'),
      ...created('c2', '2', 'Write the file'),
      ...created('c3', '3', 'Check the result'),
      ...updated('u1', '1', 'completed'),
      ...updated('u2', '2', 'in_progress'),
      ...updated('u3', '3', 'deleted'),
    ];
    expect(latestTodoList(blocks)).toEqual([
      { content: 'Read the project', status: 'completed', activeForm: 'Read the project, now' },
      { content: 'Write the file', status: 'in_progress', activeForm: 'Write the file, now' },
    ]);
  });

  it("takes TaskList's result as the whole list", () => {
    const blocks = [
      ...created('c1', '1', 'Read the project'),
      ...taskCall(
        'l1',
        'TaskList',
        {},
        {
          tasks: [
            { id: '1', subject: 'Read the project', status: 'in_progress', blockedBy: [] },
            { id: '7', subject: 'From an earlier run', status: 'pending', blockedBy: [] },
          ],
        },
      ),
    ];
    expect(statuses(blocks)).toEqual(['in_progress', 'pending']);
    expect(latestTodoList(blocks)?.[0]?.activeForm).toBe('Read the project, now');
  });

  it('waits for the result that names a created task', () => {
    const [call] = created('c1', '1', 'Read the project');
    expect(latestTodoList(call === undefined ? [] : [call])).toBeUndefined();
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
