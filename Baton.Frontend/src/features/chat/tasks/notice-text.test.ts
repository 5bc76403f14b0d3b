// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MessageBlock } from '@/lib/realtime/contract.generated';
import { applyStreamEvent } from '@/features/chat/state/fold-message';
import { systemNoticeText } from '@/features/chat/tasks/notice-text';

function noticeOf(raw: Record<string, unknown>) {
  const blocks: MessageBlock[] = [];
  applyStreamEvent(blocks, { kind: 'system', subtype: raw.subtype as string, raw });
  const [block] = blocks;
  if (block?.type !== 'notice') {
    throw new Error('no notice was folded');
  }
  return block;
}

describe('systemNoticeText', () => {
  it('says which attempt a retry is, of how many, after which error', () => {
    // An api_retry line as the pinned CLI writes it before its second attempt.
    const notice = noticeOf({
      type: 'system',
      subtype: 'api_retry',
      attempt: 2,
      max_retries: 10,
      retry_delay_ms: 1200,
      error_status: 529,
      error: 'overloaded',
    });

    expect(notice.retry).toEqual({
      attempt: 2,
      maxRetries: 10,
      errorStatus: 529,
      error: 'overloaded',
    });
    expect(systemNoticeText(notice)).toBe(
      'The model API did not answer; retrying (attempt 2 of 10) after 529 overloaded…',
    );
  });

  it('still says the API is retried when the line gives no attempt', () => {
    const notice = noticeOf({ type: 'system', subtype: 'api_retry' });

    expect(notice).toEqual({ type: 'notice', subtype: 'api_retry' });
    expect(systemNoticeText(notice)).toBe(
      'The model API did not answer; Claude Code is trying again…',
    );
  });

  it('says how a background task ended, in the CLI words', () => {
    const notice = noticeOf({
      type: 'system',
      subtype: 'task_notification',
      task_id: 'b1',
      status: 'completed',
      summary: 'Background command "Build" completed (exit code 0)',
    });

    expect(systemNoticeText(notice)).toBe(
      'Background task completed: Background command "Build" completed (exit code 0)',
    );
  });
});
