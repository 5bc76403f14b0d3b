import type { ToolResultBlock } from '@/lib/realtime/contract.generated';
import type { TodoItem, TodoStatus } from '@/features/chat/todos/todo-list';
import { asArray, asObject, asString } from '@/features/chat/utils/json-value';

/** An item of the list and, for the CLI's task tools, the id it gave the task. */
export type ListEntry = { taskId: string | undefined; item: TodoItem };

/**
 * The list after one call of the CLI's newer task tools, which change it a task at a time rather
 * than writing it whole: TaskCreate adds a task under the id its result gives, TaskUpdate changes
 * (or, with status `deleted`, removes) one, TaskList's result is the whole list. Undefined for any
 * other tool. Shapes as the pinned CLI's structured results have them (docs/claude-cli-facts.md).
 */
export function afterTaskTool(
  entries: readonly ListEntry[],
  name: string,
  input: unknown,
  result: ToolResultBlock,
): ListEntry[] | undefined {
  const call = asObject(input);
  const structured = asObject(result.toolUseResult);
  switch (name) {
    case 'TaskCreate': {
      const taskId = asString(asObject(structured?.task)?.id);
      const content = asString(call?.subject);
      return taskId === undefined || content === undefined
        ? [...entries]
        : [
            ...entries,
            {
              taskId,
              item: { content, status: 'pending', activeForm: asString(call?.activeForm) },
            },
          ];
    }
    case 'TaskUpdate': {
      const taskId = asString(call?.taskId);
      const status = asString(call?.status);
      if (status === 'deleted') {
        return entries.filter((entry) => entry.taskId !== taskId);
      }
      return entries.map((entry) =>
        entry.taskId === taskId
          ? {
              taskId,
              item: {
                content: asString(call?.subject) ?? entry.item.content,
                status: isStatus(status) ? status : entry.item.status,
                activeForm: asString(call?.activeForm) ?? entry.item.activeForm,
              },
            }
          : entry,
      );
    }
    case 'TaskList':
      return asArray(structured?.tasks).flatMap((task) => {
        const listed = asObject(task);
        const taskId = asString(listed?.id);
        const content = asString(listed?.subject);
        const status = asString(listed?.status);
        if (taskId === undefined || content === undefined) {
          return [];
        }
        const known = entries.find((entry) => entry.taskId === taskId);
        return [
          {
            taskId,
            item: {
              content,
              status: isStatus(status) ? status : 'pending',
              activeForm: known?.item.activeForm,
            },
          },
        ];
      });
    default:
      return undefined;
  }
}

function isStatus(value: string | undefined): value is TodoStatus {
  return value === 'pending' || value === 'in_progress' || value === 'completed';
}
