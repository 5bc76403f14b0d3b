import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MessageBlock } from '@/lib/realtime/contract.generated';
import { AssistantMessage } from '@/features/chat/components/assistant-message';
import type { PromptState } from '@/features/chat/types/chat-state';
import { assistantMessage } from '@/testing/chat-messages';
import { promptState } from '@/testing/prompts';

const input = { command: 'npm test', description: 'Run the tests' };
const blocks: MessageBlock[] = [
  { type: 'text', text: 'Running the tests.' },
  { type: 'tool_use', id: 'toolu_1', name: 'Bash', input },
  {
    type: 'permission',
    promptId: 'p1',
    toolName: 'Bash',
    toolUseId: 'toolu_1',
    input,
    suggestions: [],
    expiresAt: new Date(Date.now() + 90_000).toISOString(),
  },
];

function streamingAnswer(prompt: PromptState) {
  return (
    <AssistantMessage
      message={assistantMessage(blocks, 'streaming')}
      prompts={{ [prompt.promptId]: prompt }}
      onRespond={() => Promise.resolve(undefined)}
    />
  );
}

describe('AssistantMessage', () => {
  it('says Claude waits for your answer while its prompt is open, and works again once answered', () => {
    const open = promptState({ toolUseId: 'toolu_1', input });
    const { rerender } = render(streamingAnswer(open));

    expect(screen.getByTestId('assistant-working')).toHaveTextContent(
      'Claude is waiting for your answer',
    );
    expect(screen.getByTestId('tool-card')).toHaveTextContent('waiting for you');
    // The command shows once, on the prompt.
    expect(screen.getAllByTestId('tool-command')).toHaveLength(1);

    rerender(
      streamingAnswer({ ...open, resolution: { decision: 'allow', by: 'user', mode: null } }),
    );
    expect(screen.getByTestId('assistant-working')).toHaveTextContent('Claude is working…');
    expect(screen.getByTestId('tool-card')).toHaveTextContent('running…');
  });
});
