import type { MessageBlock } from '@/lib/realtime/contract.generated';
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
 * The main agent's todo list as its latest whole TodoWrite call left it: each call writes the
 * whole list. A call still streaming its input or refused (the tool failed, or the CLI has no such
 * tool) changes nothing. Undefined when the answer keeps no list.
 */
export function latestTodoList(blocks: readonly MessageBlock[]): TodoItem[] | undefined {
  const failed = new Set<string>();
  for (const block of blocks) {
    if (block.type === 'tool_result' && block.isError) {
      failed.add(block.toolUseId);
    }
  }
  for (let at = blocks.length - 1; at >= 0; at -= 1) {
    const block = blocks[at];
    if (
      block?.type === 'tool_use' &&
      block.name === 'TodoWrite' &&
      block.parentToolUseId == null &&
      !failed.has(block.id)
    ) {
      const todos = todosOfInput(block.input);
      if (todos !== undefined) {
        return todos;
      }
    }
  }
  return undefined;
}

function statusOf(value: unknown): TodoStatus {
  return value === 'in_progress' || value === 'completed' ? value : 'pending';
}
