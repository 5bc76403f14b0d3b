import type { MessageBlock, ToolResultBlock } from '@/lib/realtime/contract.generated';
import { afterTaskTool, type ListEntry } from '@/features/chat/todos/task-tools';
import { asArray, asObject, asString } from '@/features/chat/utils/json-value';

export type TodoStatus = 'pending' | 'in_progress' | 'completed';

export type TodoItem = {
  content: string;
  status: TodoStatus;
  // What Claude says while it works on the item ("Running the tests").
  activeForm: string | undefined;
};

/** The items of a TodoWrite call's input, `{ todos: [{ content, status, activeForm }] }`; unknown statuses read as pending. */
export function todosOfInput(input: unknown): TodoItem[] | undefined {
  const todos = asObject(input)?.todos;
  if (!Array.isArray(todos)) {
    return undefined;
  }
  return asArray(todos).flatMap((todo) => {
    const item = asObject(todo);
    const content = asString(item?.content);
    if (content === undefined) {
      return [];
    }
    return [{ content, status: statusOf(item?.status), activeForm: asString(item?.activeForm) }];
  });
}

/**
 * The main agent's todo list as its latest calls left it. A TodoWrite call writes the whole list
 * (one still streaming its input or refused, as when the CLI has no such tool, changes nothing);
 * the newer task tools change it a task at a time once their results arrive. Undefined when the
 * answer keeps no list.
 */
export function latestTodoList(blocks: readonly MessageBlock[]): TodoItem[] | undefined {
  const results = new Map<string, ToolResultBlock>();
  for (const block of blocks) {
    if (block.type === 'tool_result') {
      results.set(block.toolUseId, block);
    }
  }
  let entries: ListEntry[] | undefined;
  for (const block of blocks) {
    const result = block.type === 'tool_use' ? results.get(block.id) : undefined;
    if (block.type !== 'tool_use' || block.parentToolUseId != null || result?.isError === true) {
      continue;
    }
    if (block.name === 'TodoWrite') {
      entries = todosOfInput(block.input)?.map((item) => ({ taskId: undefined, item })) ?? entries;
    } else if (result !== undefined) {
      entries = afterTaskTool(entries ?? [], block.name, block.input, result) ?? entries;
    }
  }
  return entries?.map((entry) => entry.item);
}

function statusOf(value: unknown): TodoStatus {
  return value === 'in_progress' || value === 'completed' ? value : 'pending';
}
