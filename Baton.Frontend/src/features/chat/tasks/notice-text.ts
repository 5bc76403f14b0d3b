import type { NoticeBlock } from '@/lib/realtime/contract.generated';

/** The words of a retry's or a background task's notice; undefined for any other notice. */
export function systemNoticeText(notice: NoticeBlock): string | undefined {
  switch (notice.subtype) {
    case 'api_retry':
      return retryText(notice);
    case 'task_started':
      return `Background task started: ${notice.task?.description ?? notice.task?.taskId ?? 'a task'}`;
    case 'task_notification':
      return `Background task ${notice.task?.status ?? 'ended'}: ${notice.task?.summary ?? notice.task?.description ?? notice.task?.taskId ?? ''}`.trimEnd();
    default:
      return undefined;
  }
}

function retryText({ retry }: NoticeBlock): string {
  if (retry == null) {
    return 'The model API did not answer; Claude Code is trying again…';
  }
  const cause = [retry.errorStatus, retry.error].filter((part) => part != null).join(' ');
  const after = cause.length > 0 ? ` after ${cause}` : '';
  return `The model API did not answer; retrying (attempt ${retry.attempt} of ${retry.maxRetries})${after}…`;
}
