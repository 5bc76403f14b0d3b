import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PermissionCard } from '@/features/chat/components/permission-card';
import type { PromptState } from '@/features/chat/types/chat-state';
import { promptState } from '@/testing/prompts';

function prompt(overrides: Partial<PromptState> = {}): PromptState {
  return promptState({
    input: { command: 'git status', description: 'Show the working tree status' },
    suggestions: [
      {
        type: 'addRules',
        rules: [{ toolName: 'Bash', ruleContent: 'git status:*' }],
        behavior: 'allow',
        destination: 'localSettings',
      },
      { type: 'setMode', mode: 'acceptEdits', destination: 'session' },
    ],
    ...overrides,
  });
}

describe('PermissionCard', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the tool, its full command and the rules Allow always would keep', () => {
    render(<PermissionCard prompt={prompt()} onRespond={vi.fn()} />);

    expect(
      screen.getByRole('heading', { name: 'Claude Code wants to use Bash' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('tool-command')).toHaveTextContent('$ git status');
    expect(screen.getByTestId('permission-rule')).toHaveTextContent('Bash(git status:*)');
    expect(screen.getByText('Switch this conversation to acceptEdits mode')).toBeInTheDocument();
  });

  it('shows the diff of an Edit it asks about', () => {
    render(
      <PermissionCard
        prompt={prompt({
          toolName: 'Edit',
          input: { file_path: '/src/a.ts', old_string: 'const a = 1;', new_string: 'const a = 2;' },
          suggestions: [],
        })}
        onRespond={vi.fn()}
      />,
    );

    const diff = screen.getByTestId('tool-diff');
    expect(diff.querySelector('[data-diff="removed"]')).toHaveTextContent('- const a = 1;');
    expect(diff.querySelector('[data-diff="added"]')).toHaveTextContent('+ const a = 2;');
    expect(screen.getByTestId('permission-allow-always')).toBeDisabled();
  });

  it('answers allow once, deny, and allow always with the chosen suggestions', async () => {
    const onRespond = vi.fn(() => Promise.resolve(undefined));
    const user = userEvent.setup();
    render(<PermissionCard prompt={prompt()} onRespond={onRespond} />);

    await user.click(screen.getByTestId('permission-allow'));
    await user.click(screen.getByTestId('permission-deny'));
    // The rule is chosen by default; choosing the mode switch too sends both.
    const [, modeSwitch] = screen.getAllByTestId('permission-suggestion');
    if (modeSwitch === undefined) {
      throw new Error('expected two suggestions');
    }
    await user.click(modeSwitch);
    await user.click(screen.getByTestId('permission-allow-always'));

    expect(onRespond.mock.calls).toEqual([
      ['allow', undefined],
      ['deny', undefined],
      ['allow_always', [0, 1]],
    ]);
  });

  it('says why an answer failed', async () => {
    const onRespond = vi.fn(() =>
      Promise.resolve({ code: 'prompt_already_answered' as const, text: 'answered' }),
    );
    render(<PermissionCard prompt={prompt()} onRespond={onRespond} />);

    await userEvent.click(screen.getByTestId('permission-allow'));

    expect(await screen.findByRole('alert')).toHaveTextContent('already answered');
  });

  it('counts down to its expiry and then takes no answer', () => {
    vi.useFakeTimers();
    render(
      <PermissionCard
        prompt={prompt({ expiresAt: new Date(Date.now() + 65_000).toISOString() })}
        onRespond={vi.fn()}
      />,
    );
    expect(screen.getByTestId('permission-countdown')).toHaveTextContent('1:05 left');

    act(() => {
      vi.advanceTimersByTime(66_000);
    });

    expect(screen.getByTestId('permission-countdown')).toHaveTextContent('expired');
    expect(screen.getByTestId('permission-allow')).toBeDisabled();
  });

  it('closes into one line once resolved, wherever it was answered', () => {
    const { rerender } = render(<PermissionCard prompt={prompt()} onRespond={vi.fn()} />);
    expect(screen.getByTestId('permission-card')).toHaveAttribute('data-state', 'pending');

    rerender(
      <PermissionCard
        prompt={prompt({ resolution: { decision: 'allow', by: 'user', mode: null } })}
        onRespond={vi.fn()}
      />,
    );

    expect(screen.getByTestId('permission-card')).toHaveAttribute('data-state', 'resolved');
    expect(screen.getByTestId('permission-card')).toHaveTextContent('Bash: allowed once');
    expect(screen.queryByTestId('permission-allow')).not.toBeInTheDocument();
  });
});
