import { CircleCheck, CircleSlash, CircleX, LoaderCircle, Terminal } from 'lucide-react';
import type { BackgroundTask, BackgroundTaskState } from '@/features/chat/tasks/background-tasks';
import { StopTaskButton } from '@/features/chat/tasks/stop-task-button';
import styles from './background-tasks-panel.module.css';

const stateWords: Record<BackgroundTaskState, string> = {
  running: 'Running',
  completed: 'Completed',
  failed: 'Failed',
  stopped: 'Stopped',
};

/**
 * The conversation's background tasks (shell commands Claude started with `run_in_background`), each
 * with its state and, once it ended, how: a task may outlive the run that started it, and its end
 * arrives in a turn Claude Code starts on its own. A running task can be stopped. Folded away unless a task
 * still runs.
 */
export function BackgroundTasksPanel({
  conversationId,
  tasks,
}: {
  conversationId: string;
  tasks: readonly BackgroundTask[];
}) {
  if (tasks.length === 0) {
    return null;
  }
  const running = tasks.filter((task) => task.state === 'running').length;
  return (
    <details className={styles.panel} data-testid="background-tasks" open={running > 0}>
      <summary className={styles.heading}>
        <Terminal aria-hidden="true" size={16} />
        Background tasks
        <span className={styles.count} data-testid="background-tasks-count">
          {running > 0 ? `${running} running` : `${tasks.length} ended`}
        </span>
      </summary>
      <ul className={styles.tasks}>
        {tasks.map((task) => (
          <li
            key={task.taskId}
            className={styles.task}
            data-testid="background-task"
            data-state={task.state}
          >
            <StateIcon state={task.state} />
            <div className={styles.body}>
              <p className={styles.line}>
                <span className={styles.description}>{task.description}</span>
                <span className={styles.state} data-testid="background-task-state">
                  {stateWords[task.state]}
                </span>
              </p>
              {task.state === 'running' && (
                <StopTaskButton
                  conversationId={conversationId}
                  taskId={task.taskId}
                  description={task.description}
                />
              )}
              {task.command !== undefined && <code className={styles.command}>{task.command}</code>}
              {task.summary !== undefined && <p className={styles.summary}>{task.summary}</p>}
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}

function StateIcon({ state }: { state: BackgroundTaskState }) {
  switch (state) {
    case 'running':
      return <LoaderCircle aria-hidden="true" size={16} className={styles.spinning} />;
    case 'completed':
      return <CircleCheck aria-hidden="true" size={16} />;
    case 'failed':
      return <CircleX aria-hidden="true" size={16} />;
    case 'stopped':
      return <CircleSlash aria-hidden="true" size={16} />;
  }
}
