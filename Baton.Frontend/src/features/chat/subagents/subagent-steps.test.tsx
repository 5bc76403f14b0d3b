import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MessageBlock } from '@/lib/realtime/contract.generated';
import { AssistantMessage } from '@/features/chat/components/assistant-message';
import type { RunStatus } from '@/features/chat/types/chat-state';
import { assistantMessage } from '@/testing/chat-messages';

const agentCall: MessageBlock = {
  type: 'tool_use',
  id: 'toolu_agent',
  name: 'Agent',
  input: { description: 'Look around', prompt: 'List the project folder.' },
};
const subagentWork: MessageBlock[] = [
  { type: 'text', text: 'Looking around first.', parentToolUseId: 'toolu_agent' },
  {
    type: 'tool_use',
    id: 'toolu_ls',
    name: 'Bash',
    input: { command: 'ls -a' },
    parentToolUseId: 'toolu_agent',
  },
  {
    type: 'tool_result',
    toolUseId: 'toolu_ls',
    content: 'README.md',
    isError: false,
    parentToolUseId: 'toolu_agent',
  },
];
const report: MessageBlock = {
  type: 'tool_result',
  toolUseId: 'toolu_agent',
  content: 'The folder holds README.md.',
  isError: false,
};

function answer(blocks: MessageBlock[], status: RunStatus) {
  return (
    <AssistantMessage
      message={assistantMessage(blocks, status)}
      prompts={{}}
      onRespond={() => Promise.resolve(undefined)}
    />
  );
}

function agentCard(): HTMLElement {
  return screen.getByRole('region', { name: 'Tool call: Agent' });
}

describe("a subagent's work", () => {
  it('shows inside the card of the call that started it while the subagent works, not beside it', () => {
    render(
      answer([{ type: 'text', text: 'Handing it over.' }, agentCall, ...subagentWork], 'streaming'),
    );

    const steps = within(agentCard()).getByRole('group', { name: "The subagent's work" });
    expect(within(steps).getByText('Looking around first.')).toBeInTheDocument();
    expect(within(steps).getByRole('region', { name: 'Tool call: Bash' })).toHaveTextContent(
      'ls -a',
    );
    expect(within(agentCard()).getByTestId('subagent-summary')).toHaveTextContent(
      '1 message, 1 tool call · working…',
    );
    // Once, and only inside the card.
    expect(screen.getAllByText('Looking around first.')).toHaveLength(1);
    expect(screen.getAllByRole('region', { name: 'Tool call: Bash' })).toHaveLength(1);
  });

  it('folds away with a count once the subagent reported, and opens again on request', async () => {
    const user = userEvent.setup();
    render(answer([agentCall, ...subagentWork, report], 'completed'));

    const toggle = within(agentCard()).getByRole('button', { name: /Subagent/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveTextContent('1 message, 1 tool call');
    expect(screen.queryByText('Looking around first.')).not.toBeInTheDocument();
    expect(within(agentCard()).getByTestId('tool-result')).toHaveTextContent(
      'The folder holds README.md.',
    );

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(agentCard()).getByText('Looking around first.')).toBeInTheDocument();
  });

  it("shows the subagent's report as its card's result, without the CLI's notes around it", () => {
    const wrapped: MessageBlock = {
      ...report,
      content: [{ type: 'text', text: '[Subagent hand-back] The text below is the final report.' }],
      toolUseResult: {
        status: 'completed',
        content: [{ type: 'text', text: 'The folder holds README.md.' }],
      },
    };
    render(answer([agentCall, ...subagentWork, wrapped], 'completed'));

    const output = within(agentCard()).getByTestId('tool-result');
    expect(output).toHaveTextContent('The folder holds README.md.');
    expect(output).not.toHaveTextContent('hand-back');
  });

  it('stays open for a subagent started in the background, whose call answered at once', () => {
    const launched: MessageBlock = {
      ...report,
      content: 'Async agent launched successfully.',
      toolUseResult: { isAsync: true, status: 'async_launched', agentId: 'a1' },
    };
    render(answer([agentCall, launched, ...subagentWork], 'streaming'));

    const toggle = within(agentCard()).getByRole('button', { name: /Subagent/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveTextContent('1 message, 1 tool call · in the background');
    expect(within(agentCard()).getByText('Looking around first.')).toBeInTheDocument();
  });
});
