import { latestTodoList, type TodoItem } from '@/features/chat/todos/todo-list';
import type { ChatState } from '@/features/chat/types/chat-state';

/** The todo list of the run going now: none when no run goes or its answer keeps no list. */
export function runningTodoList(state: ChatState): TodoItem[] | undefined {
  if (state.activeRequestId === null) {
    return undefined;
  }
  const key = state.assistantKeyByRequest[state.activeRequestId];
  const message = key === undefined ? undefined : state.messages[key];
  return message?.role === 'assistant' && message.status === 'streaming'
    ? latestTodoList(message.blocks)
    : undefined;
}
