import { describe, expect, it } from 'vitest';
import { parseStoredMessage } from '@/features/chat/utils/stored-message';
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

  it('reads assistant blocks in the CLI shapes, folding tool results into their calls', () => {
    const { message } = parseStoredMessage(
      storedMessage({
        id: 'a1',
        role: 'assistant',
        durationMs: 1200,
        costUsd: 0.01,
        content: [
          { type: 'thinking', thinking: 'hmm' },
          { type: 'tool_use', id: 'toolu_1', name: 'Bash', input: { command: 'ls' } },
          {
            type: 'tool_result',
            tool_use_id: 'toolu_1',
            content: [{ type: 'text', text: 'a.txt' }],
            is_error: false,
          },
          { type: 'text', cliMessageId: 'msg_2', index: 0, text: 'Done.' },
        ],
      }),
    );

    if (message.role !== 'assistant') {
      throw new Error('expected an assistant message');
    }
    expect(message.blocks.map((block) => block.kind)).toEqual(['thinking', 'tool_use', 'text']);
    expect(message.blocks[1]).toMatchObject({
      name: 'Bash',
      result: { content: [{ type: 'text', text: 'a.txt' }] },
    });
    // A block that names its CLI message and index takes the key live deltas fold into.
    expect(message.blocks[2]?.key).toBe('msg_2:0');
    expect(message.figures).toMatchObject({ durationMs: 1200, costUsd: 0.01, isError: false });
  });

  it('keeps a permission prompt that is still open, and one that was answered', () => {
    const { message, prompts } = parseStoredMessage(
      storedMessage({
        id: 'a1',
        role: 'assistant',
        status: 'streaming',
        content: {
          blocks: [
            {
              type: 'permission',
              promptId: 'p1',
              toolName: 'Write',
              input: { file_path: '/a' },
              expiresAt: '2030-01-01T00:00:00Z',
            },
            {
              type: 'permission',
              promptId: 'p0',
              toolName: 'Bash',
              decision: 'allow_always',
              by: 'user',
            },
            { type: 'error', code: 'cli_failed', message: 'exit 1' },
          ],
        },
      }),
    );

    expect(prompts.map((prompt) => [prompt.promptId, prompt.resolution])).toEqual([
      ['p1', undefined],
      ['p0', { decision: 'allow_always', by: 'user' }],
    ]);
    expect(message).toMatchObject({ status: 'streaming', figures: undefined });
  });
});
