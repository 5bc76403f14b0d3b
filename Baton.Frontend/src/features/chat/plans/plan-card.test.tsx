import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ToolResultBlock, ToolUseBlock } from '@/lib/realtime/contract.generated';
import { BypassAllowedContext } from '@/features/chat/plans/bypass-allowed';
import { PlanCard } from '@/features/chat/plans/plan-card';
import type { PromptState } from '@/features/chat/types/chat-state';
import { promptState } from '@/testing/prompts';

const call: ToolUseBlock = {
  type: 'tool_use',
  id: 'toolu_plan',
  name: 'ExitPlanMode',
  input: { plan: '# Plan: write notes\n\n1. Create **notes.txt**\n2. Check it' },
};

function prompt(overrides: Partial<PromptState> = {}): PromptState {
  return promptState({ toolUseId: 'toolu_plan', toolName: 'ExitPlanMode', ...overrides });
}

describe('PlanCard', () => {
  it('shows the plan as Markdown with the choices the CLI offers', () => {
    render(<PlanCard call={call} prompt={prompt()} result={undefined} onRespond={vi.fn()} />);

    expect(screen.getByRole('heading', { name: 'Plan: write notes' })).toBeInTheDocument();
    expect(screen.getByText('notes.txt').tagName).toBe('STRONG');
    expect(screen.getByTestId('plan-approve-accept-edits')).toHaveTextContent(
      'Approve and accept edits',
    );
    expect(screen.getByTestId('plan-approve-default')).toBeEnabled();
    // Bypass only where the bridge allows it.
    expect(screen.queryByTestId('plan-approve-bypass')).not.toBeInTheDocument();
    expect(screen.getByTestId('plan-keep-planning')).toBeDisabled();
  });

  it('approves with the mode the rest of the turn runs in', async () => {
    const user = userEvent.setup();
    const onRespond = vi.fn(() => Promise.resolve(undefined));
    render(
      <BypassAllowedContext value>
        <PlanCard call={call} prompt={prompt()} result={undefined} onRespond={onRespond} />
      </BypassAllowedContext>,
    );

    await user.click(screen.getByTestId('plan-approve-accept-edits'));
    await user.click(screen.getByTestId('plan-approve-bypass'));

    expect(onRespond).toHaveBeenNthCalledWith(1, 'allow', { mode: 'acceptEdits' });
    expect(onRespond).toHaveBeenNthCalledWith(2, 'allow', { mode: 'bypassPermissions' });
  });

  it('keeps planning with the feedback written for Claude', async () => {
    const user = userEvent.setup();
    const onRespond = vi.fn(() => Promise.resolve(undefined));
    render(<PlanCard call={call} prompt={prompt()} result={undefined} onRespond={onRespond} />);

    await user.type(screen.getByTestId('plan-feedback'), '  Add a README line too. ');
    await user.click(screen.getByTestId('plan-keep-planning'));

    expect(onRespond).toHaveBeenCalledExactlyOnceWith('deny', {
      message: 'Add a README line too.',
    });
  });

  it('shows the plan and the choice once answered', () => {
    const approved = prompt({ resolution: { decision: 'allow', by: 'user', mode: 'acceptEdits' } });
    const { rerender } = render(
      <PlanCard call={call} prompt={approved} result={undefined} onRespond={vi.fn()} />,
    );

    expect(screen.getByTestId('plan-card')).toHaveAttribute('data-state', 'resolved');
    expect(screen.getByRole('heading', { name: 'Plan: write notes' })).toBeInTheDocument();
    expect(screen.getByTestId('plan-outcome')).toHaveTextContent(
      'Approved: continuing in “Accept edits” mode.',
    );
    expect(screen.queryByTestId('plan-approve-default')).not.toBeInTheDocument();

    const refused: ToolResultBlock = {
      type: 'tool_result',
      toolUseId: 'toolu_plan',
      content: 'Add a README line too.',
      isError: true,
    };
    rerender(
      <PlanCard
        call={call}
        prompt={prompt({ resolution: { decision: 'deny', by: 'user', mode: null } })}
        result={refused}
        onRespond={vi.fn()}
      />,
    );

    expect(screen.getByTestId('plan-outcome')).toHaveTextContent(
      'Kept planning, with this feedback:',
    );
    expect(screen.getByTestId('plan-feedback-sent')).toHaveTextContent('Add a README line too.');
  });
});
