import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConversationActions } from '@/features/conversations/components/conversation-actions';

describe('ConversationActions', () => {
  it('is one Tab stop that opens onto its actions, and Escape closes it back onto its button', async () => {
    const user = userEvent.setup();
    const onRename = vi.fn();
    render(
      <ConversationActions
        title="Fix the build"
        archived={false}
        onRename={onRename}
        onToggleArchived={() => undefined}
        onExport={() => undefined}
        onContinueInTerminal={() => undefined}
      />,
    );
    const button = screen.getByRole('button', { name: 'Actions for Fix the build' });
    expect(screen.getAllByRole('button')).toHaveLength(1);

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByTestId('conversation-rename')).toHaveFocus();
    expect(screen.getByTestId('conversation-archive')).toHaveTextContent('Archive');

    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('conversation-rename')).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.click(screen.getByTestId('conversation-rename'));
    expect(onRename).toHaveBeenCalledOnce();
    expect(screen.queryByTestId('conversation-rename')).not.toBeInTheDocument();
  });

  it('offers the conversation as Markdown and as JSON', async () => {
    const user = userEvent.setup();
    const onExport = vi.fn();
    render(
      <ConversationActions
        title="Fix the build"
        archived={false}
        onRename={() => undefined}
        onToggleArchived={() => undefined}
        onExport={onExport}
        onContinueInTerminal={() => undefined}
      />,
    );

    await user.click(screen.getByRole('button', { name: 'Actions for Fix the build' }));
    await user.click(screen.getByRole('button', { name: 'Export as Markdown' }));
    await user.click(screen.getByRole('button', { name: 'Actions for Fix the build' }));
    await user.click(screen.getByRole('button', { name: 'Export as JSON' }));

    expect(onExport.mock.calls).toEqual([['markdown'], ['json']]);
  });

  it('offers to continue the conversation in a terminal', async () => {
    const user = userEvent.setup();
    const onContinueInTerminal = vi.fn();
    render(
      <ConversationActions
        title="Fix the build"
        archived={false}
        onRename={() => undefined}
        onToggleArchived={() => undefined}
        onExport={() => undefined}
        onContinueInTerminal={onContinueInTerminal}
      />,
    );

    await user.click(screen.getByRole('button', { name: 'Actions for Fix the build' }));
    await user.click(screen.getByRole('button', { name: 'Continue in a terminal' }));

    expect(onContinueInTerminal).toHaveBeenCalledOnce();
    expect(screen.queryByTestId('conversation-continue-in-terminal')).not.toBeInTheDocument();
  });
});
