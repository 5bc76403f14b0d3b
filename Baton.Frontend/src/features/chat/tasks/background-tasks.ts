import type { MessageBlock } from '@/lib/realtime/contract.generated';
import type { ChatState } from '@/features/chat/types/chat-state';

export type BackgroundTaskState = 'running' | 'completed' | 'failed' | 'stopped';

export type BackgroundTask = {
  taskId: string;
  state: BackgroundTaskState;
  // What the CLI called it (the tool call's description), or the task's id.
  description: string;
  // The shell command, for a background Bash call.
  command: string | undefined;
  // How it ended, in the CLI's words.
  summary: string | undefined;
};

/**
 * The conversation's background tasks, oldest first, from the notices its answers hold: started by a
 * `task_started`, ended by the `task_notification` that reports it (often in a turn the CLI started
 * on its own, after the run that started the task). Only the history loaded so far is read.
 */
export function backgroundTasks(state: ChatState): BackgroundTask[] {
  const tasks = new Map<string, BackgroundTask>();
  const commands = new Map<string, string>();
  for (const key of state.order) {
    const message = state.messages[key];
    if (message?.role !== 'assistant') {
      continue;
    }
    for (const block of message.blocks) {
      foldBlock(tasks, commands, block);
    }
  }
  return [...tasks.values()];
}

function foldBlock(
  tasks: Map<string, BackgroundTask>,
  commands: Map<string, string>,
  block: MessageBlock,
): void {
  if (block.type === 'tool_use' && block.name === 'Bash') {
    const command = commandOf(block.input);
    if (command !== undefined) {
      commands.set(block.id, command);
    }
    return;
  }
  if (block.type !== 'notice' || block.task == null) {
    return;
  }
  const task = block.task;
  const known = tasks.get(task.taskId);
  const command = task.toolUseId == null ? undefined : commands.get(task.toolUseId);
  if (block.subtype === 'task_started') {
    tasks.set(task.taskId, {
      taskId: task.taskId,
      state: known?.state ?? 'running',
      description: task.description ?? known?.description ?? task.taskId,
      command: command ?? known?.command,
      summary: known?.summary,
    });
  } else if (block.subtype === 'task_notification') {
    tasks.set(task.taskId, {
      taskId: task.taskId,
      state: endedState(task.status),
      description: known?.description ?? task.description ?? task.taskId,
      command: known?.command ?? command,
      summary: task.summary ?? undefined,
    });
  }
}

function endedState(status: string | null | undefined): BackgroundTaskState {
  switch (status) {
    case 'failed':
      return 'failed';
    case 'stopped':
    case 'killed':
      return 'stopped';
    default:
      return 'completed';
  }
}

function commandOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return undefined;
  }
  const { command, run_in_background: background } = input as Record<string, unknown>;
  return background === true && typeof command === 'string' ? command : undefined;
}
