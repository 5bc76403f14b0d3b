import { Square } from 'lucide-react';
import { explainError } from '@/lib/error-messages';
import { readHubFailure } from '@/lib/realtime/hub-error';
import { useStopTask } from '@/features/chat/tasks/stop-task';
import styles from './stop-task-button.module.css';

/**
 * Stops a running background task. It stays disabled once the stop is made: the task leaves the running
 * state (and this button goes) when the notice of its end arrives.
 */
export function StopTaskButton({
  conversationId,
  taskId,
  description,
}: {
  conversationId: string;
  taskId: string;
  description: string;
}) {
  const stop = useStopTask(conversationId, taskId);
  const failure = stop.isError ? readHubFailure(stop.error) : undefined;
  return (
    <>
      <button
        type="button"
        className={styles.stop}
        data-testid="background-task-stop"
        aria-label={`Stop ${description}`}
        disabled={stop.isPending || stop.isSuccess}
        onClick={() => {
          stop.mutate();
        }}
      >
        <Square aria-hidden="true" size={12} />
        {stop.isPending || stop.isSuccess ? 'Stopping…' : 'Stop'}
      </button>
      {failure !== undefined && (
        <p className={styles.error} role="alert" data-testid="background-task-stop-error">
          {explainError(failure.code, failure.text).title}
        </p>
      )}
    </>
  );
}
