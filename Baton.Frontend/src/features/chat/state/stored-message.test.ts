import { describe, expect, it } from 'vitest';
import { parseStoredMessage } from '@/features/chat/state/stored-message';
import { storedMessage } from '@/testing/chat-events';

describe('parseStoredMessage', () => {
  it('reads a user message with its text and attachments as the API stores them', () => {
    const { message } = parseStoredMessage(
      storedMessage({
        id: 'u1',
        role: 'user',
        content: [
          { type: 'text', text: 'look at these' },
          { type: 'attachment', id: 'f1', name: 'shot.png', mediaType: 'image/png', size: 10 },
          { type: 'attachment', id: 'f2', name: 'notes.txt', mediaType: 'text/plain', size: 5 },
        ],
      }),
    );

    expect(message).toMatchObject({
      role: 'user',
      text: 'look at these',
      attachments: [
        { id: 'f1', fileName: 'shot.png', mediaType: 'image/png' },
        { id: 'f2', fileName: 'notes.txt', mediaType: 'text/plain' },
      ],
    });
  });

  it('shows an answer in the blocks the API stores, with its figures', () => {
    const content = [
      { type: 'thinking', thinking: 'hmm' },
      { type: 'tool_use', id: 'toolu_1', name: 'Bash', input: { command: 'ls' } },
      { type: 'tool_result', toolUseId: 'toolu_1', content: 'a.txt', isError: false },
      { type: 'text', cliMessageId: 'msg_2', index: 0, text: 'Done.' },
    ] as const;
    const { message } = parseStoredMessage(
      storedMessage({
        id: 'a1',
        role: 'assistant',
        durationMs: 1200,
        costUsd: 0.01,
        content: [...content],
      }),
    );

    expect(message).toMatchObject({ role: 'assistant', blocks: content });
    expect(message).toMatchObject({ figures: { durationMs: 1200, costUsd: 0.01, isError: false } });
  });

  it('keeps a permission prompt that is still open, and one that was answered', () => {
    const permission = {
      type: 'permission' as const,
      toolUseId: 'toolu_1',
      input: { file_path: '/a' },
      suggestions: [],
      expiresAt: '2030-01-01T00:00:00Z',
    };
    const { message, prompts } = parseStoredMessage(
      storedMessage({
        id: 'a1',
        role: 'assistant',
        status: 'streaming',
        content: [
          { ...permission, promptId: 'p1', toolName: 'Write' },
          { ...permission, promptId: 'p0', toolName: 'Bash', decision: 'allow_always', by: 'user' },
          { type: 'error', code: 'cli_failed', message: 'exit 1' },
        ],
      }),
    );

    expect(prompts.map((prompt) => [prompt.promptId, prompt.resolution])).toEqual([
      ['p1', undefined],
      ['p0', { decision: 'allow_always', by: 'user', mode: null }],
    ]);
    expect(message).toMatchObject({ status: 'streaming', figures: undefined });
  });
});
