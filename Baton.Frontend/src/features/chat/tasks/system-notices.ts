import type {
  BackgroundTaskDetails,
  CliJson,
  MessageBlock,
  NoticeBlock,
  RetryDetails,
  SystemEvent,
} from '@/lib/realtime/contract.generated';

/**
 * The notice a CLI `system` line leaves in an answer holding `blocks`, folded as the API does
 * (`SystemNotices.cs`): a retry's attempt and error, a background task's start and end. A subagent
 * the answer waits for (`is_backgrounded: false`) reports in its card instead, so its start leaves
 * nothing, nor does its end when its call is in the same answer and no background start is.
 */
export function systemNotice(
  event: SystemEvent,
  blocks: readonly MessageBlock[],
): NoticeBlock | undefined {
  switch (event.subtype) {
    case 'api_retry': {
      const retry = retryOf(event.raw);
      return { type: 'notice', subtype: event.subtype, ...(retry === undefined ? {} : { retry }) };
    }
    case 'task_started': {
      const task = taskOf(event.raw);
      return task === undefined || field(event.raw, 'is_backgrounded') !== true
        ? undefined
        : { type: 'notice', subtype: event.subtype, task };
    }
    case 'task_notification': {
      const task = taskOf(event.raw);
      return task === undefined || endsForegroundTask(task, blocks)
        ? undefined
        : { type: 'notice', subtype: event.subtype, task };
    }
    default:
      return undefined;
  }
}

function endsForegroundTask(task: BackgroundTaskDetails, blocks: readonly MessageBlock[]): boolean {
  return (
    blocks.some((block) => block.type === 'tool_use' && block.id === task.toolUseId) &&
    !blocks.some(
      (block) =>
        block.type === 'notice' &&
        block.subtype === 'task_started' &&
        block.task?.taskId === task.taskId,
    )
  );
}

function retryOf(raw: CliJson): RetryDetails | undefined {
  const attempt = integer(raw, 'attempt');
  const maxRetries = integer(raw, 'max_retries');
  if (attempt === undefined || maxRetries === undefined) {
    return undefined;
  }
  return present<RetryDetails>({
    attempt,
    maxRetries,
    errorStatus: integer(raw, 'error_status'),
    error: text(raw, 'error'),
  });
}

function taskOf(raw: CliJson): BackgroundTaskDetails | undefined {
  const taskId = text(raw, 'task_id');
  if (taskId === undefined) {
    return undefined;
  }
  return present<BackgroundTaskDetails>({
    taskId,
    toolUseId: text(raw, 'tool_use_id'),
    taskType: text(raw, 'task_type'),
    description: text(raw, 'description'),
    status: text(raw, 'status'),
    summary: text(raw, 'summary'),
  });
}

// An absent value is no key at all, as in the API's stored blocks.
function present<T extends object>(value: { [K in keyof T]-?: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

function field(json: CliJson, property: string): unknown {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return undefined;
  }
  return (json as Record<string, unknown>)[property];
}

function text(json: CliJson, property: string): string | undefined {
  const value = field(json, property);
  return typeof value === 'string' ? value : undefined;
}

function integer(json: CliJson, property: string): number | undefined {
  const value = field(json, property);
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}
