import { describe, expect, it } from 'vitest';
import type { Inbox } from '@/features/inbox/api/get-inbox';
import {
  conversationPath,
  needsYouCount,
  titleWithCount,
  withoutFailedRun,
  withoutPrompt,
} from '@/features/inbox/utils/inbox-state';

const conversation = { id: 'c1', title: 'Notes', projectId: 'p1', projectName: 'shop' };

const inbox: Inbox = {
  prompts: [
    {
      promptId: 'prompt-1',
      requestId: 'run-1',
      conversation,
      toolUseId: 'toolu_1',
      toolName: 'Write',
      input: { file_path: 'notes.md' },
      suggestions: [],
      createdAt: '2026-12-03T10:00:00Z',
      expiresAt: '2026-12-03T10:10:00Z',
    },
  ],
  running: [{ requestId: 'run-1', conversation, startedAt: '2026-12-03T09:59:00Z' }],
  failed: [
    {
      requestId: 'run-0',
      conversation,
      code: 'cli_failed',
      message: 'The CLI stopped.',
      endedAt: '2026-12-03T09:00:00Z',
    },
  ],
};

describe('inbox state', () => {
  it('counts what needs the person: waiting prompts and failures, not runs at work', () => {
    expect(needsYouCount(inbox)).toBe(2);
    expect(needsYouCount(undefined)).toBe(0);
    expect(needsYouCount({ prompts: [], running: inbox.running, failed: [] })).toBe(0);
  });

  it('leads the title with the count only while something needs the person', () => {
    expect(titleWithCount(2)).toBe('(2) Baton');
    expect(titleWithCount(0)).toBe('Baton');
  });

  it('drops an answered prompt and a dismissed failure, keeping the rest', () => {
    const answered = withoutPrompt(inbox, 'prompt-1');
    expect(answered.prompts).toEqual([]);
    expect(answered.running).toBe(inbox.running);
    expect(withoutPrompt(inbox, 'another').prompts).toEqual(inbox.prompts);
    const dismissed = withoutFailedRun(inbox, 'run-0');
    expect(dismissed.failed).toEqual([]);
    expect(needsYouCount(dismissed)).toBe(1);
  });

  it('opens an item at its conversation', () => {
    expect(conversationPath(conversation)).toBe('/projects/p1/c/c1');
  });
});
