// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MessageBlock, SystemEvent } from '@/lib/realtime/contract.generated';
import type { AssistantChatMessage, ChatState } from '@/features/chat/types/chat-state';
import { emptyChatState } from '@/features/chat/state/conversation-state';
import { applyStreamEvent } from '@/features/chat/state/fold-message';
import { backgroundTasks } from '@/features/chat/tasks/background-tasks';
import { assistantMessage } from '@/testing/chat-messages';

// The system lines as the pinned CLI writes them (docs/claude-cli-facts.md, "Background tasks").
function system(raw: Record<string, unknown>): SystemEvent {
  return { kind: 'system', subtype: raw.subtype as string, raw };
}

const started = system({
  type: 'system',
  subtype: 'task_started',
  task_id: 'b1',
  tool_use_id: 'toolu_1',
  description: 'Do some work in the background',
  is_backgrounded: true,
  task_type: 'local_bash',
});

function ended(taskId: string, status: string, summary: string): SystemEvent {
  return system({
    type: 'system',
    subtype: 'task_notification',
    task_id: taskId,
    tool_use_id: 'toolu_1',
    status,
    output_file: '/tmp/tasks/b1.output',
    summary,
  });
}

const call: MessageBlock = {
  type: 'tool_use',
  id: 'toolu_1',
  name: 'Bash',
  input: { command: 'sleep 3 && echo done', run_in_background: true },
};

function answer(
  key: string,
  events: SystemEvent[],
  blocks: MessageBlock[] = [],
): AssistantChatMessage {
  const folded = [...blocks];
  for (const event of events) {
    applyStreamEvent(folded, event);
  }
  return assistantMessage(folded, 'completed', key);
}

function stateOf(...answers: AssistantChatMessage[]): ChatState {
  return {
    ...emptyChatState(),
    order: answers.map((message) => message.key),
    messages: Object.fromEntries(answers.map((message) => [message.key, message])),
  };
}

describe('backgroundTasks', () => {
  it('shows a task started in a run as running, with its description and command', () => {
    expect(backgroundTasks(stateOf(answer('r1', [started], [call])))).toEqual([
      {
        taskId: 'b1',
        state: 'running',
        description: 'Do some work in the background',
        command: 'sleep 3 && echo done',
        summary: undefined,
      },
    ]);
  });

  it('ends it with the notification of a later run the CLI started', () => {
    const summary = 'Background command "Do some work in the background" completed (exit code 0)';
    const tasks = backgroundTasks(
      stateOf(answer('r1', [started], [call]), answer('r2', [ended('b1', 'completed', summary)])),
    );

    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      state: 'completed',
      command: 'sleep 3 && echo done',
      summary,
    });
  });

  it('tells a stopped task and a failed one from a completed one', () => {
    const other = system({ ...(started.raw as object), task_id: 'b2', description: 'Build' });
    const tasks = backgroundTasks(
      stateOf(
        answer('r1', [started, other, ended('b1', 'stopped', 'x'), ended('b2', 'failed', 'y')]),
      ),
    );

    expect(tasks.map((task) => [task.taskId, task.state])).toEqual([
      ['b1', 'stopped'],
      ['b2', 'failed'],
    ]);
  });

  it('leaves out a subagent the answer waited for', () => {
    const foreground = system({ ...(started.raw as object), is_backgrounded: false });
    const agentCall: MessageBlock = { type: 'tool_use', id: 'toolu_1', name: 'Agent', input: {} };

    expect(
      backgroundTasks(
        stateOf(answer('r1', [foreground, ended('b1', 'completed', 'x')], [agentCall])),
      ),
    ).toEqual([]);
  });

  it('is empty for a conversation without background tasks', () => {
    expect(backgroundTasks(stateOf(answer('r1', [], [{ type: 'text', text: 'Hi' }])))).toEqual([]);
  });
});
