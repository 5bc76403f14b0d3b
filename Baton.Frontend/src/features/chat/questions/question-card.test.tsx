import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { QuestionCard } from '@/features/chat/questions/question-card';
import type { PromptState } from '@/features/chat/types/chat-state';
import { promptState } from '@/testing/prompts';

const input = {
  questions: [
    {
      question: 'Which language?',
      header: 'Language',
      options: [
        { label: 'C#', description: 'On .NET' },
        { label: 'TypeScript', description: 'In the browser' },
      ],
      multiSelect: false,
    },
    {
      question: 'Which sections?',
      header: 'Sections',
      options: [
        { label: 'Install', description: 'How to install' },
        { label: 'Usage', description: 'How to use' },
      ],
      multiSelect: true,
    },
  ],
};

function prompt(overrides: Partial<PromptState> = {}): PromptState {
  return promptState({ toolName: 'AskUserQuestion', input, ...overrides });
}

describe('QuestionCard', () => {
  it('shows each question with its header, its options and their descriptions, one or several to choose', () => {
    render(<QuestionCard prompt={prompt()} onRespond={vi.fn()} />);

    expect(
      screen.getByRole('heading', { name: 'Claude has 2 questions for you' }),
    ).toBeInTheDocument();
    const language = screen.getByRole('group', { name: /Which language\?/ });
    expect(within(language).getByTestId('question-header')).toHaveTextContent('Language');
    expect(within(language).getByRole('radio', { name: /TypeScript/ })).toBeInTheDocument();
    expect(within(language).getByText('In the browser')).toBeInTheDocument();
    const sections = screen.getByRole('group', { name: /Which sections\?/ });
    expect(within(sections).getByRole('checkbox', { name: /Install/ })).toBeInTheDocument();
    expect(within(sections).getByRole('checkbox', { name: 'Other' })).toBeInTheDocument();
    expect(screen.getByTestId('question-submit')).toBeDisabled();
  });

  it('submits an allow with the input as asked plus the answers, own text included', async () => {
    const user = userEvent.setup();
    const onRespond = vi.fn(() => Promise.resolve(undefined));
    render(<QuestionCard prompt={prompt()} onRespond={onRespond} />);

    await user.click(screen.getByRole('radio', { name: /TypeScript/ }));
    const sections = screen.getByRole('group', { name: /Which sections\?/ });
    await user.click(within(sections).getByRole('checkbox', { name: /Usage/ }));
    await user.type(
      screen.getByRole('textbox', { name: 'Your own answer to: Which sections?' }),
      'Changelog',
    );
    expect(within(sections).getByRole('checkbox', { name: 'Other' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Submit answers' }));

    expect(onRespond.mock.calls).toEqual([
      [
        'allow',
        {
          ...input,
          answers: { 'Which language?': 'TypeScript', 'Which sections?': 'Usage, Changelog' },
        },
      ],
    ]);
  });

  it('declines with a deny and says why an answer was refused', async () => {
    const user = userEvent.setup();
    const onRespond = vi.fn(() =>
      Promise.resolve({ code: 'prompt_already_answered' as const, text: 'answered' }),
    );
    render(<QuestionCard prompt={prompt()} onRespond={onRespond} />);

    await user.click(screen.getByRole('button', { name: 'Decline to answer' }));

    expect(onRespond.mock.calls).toEqual([['deny', undefined]]);
    expect(await screen.findByRole('alert')).toHaveTextContent('already answered');
  });

  it('shows each question with its answer once answered', () => {
    render(
      <QuestionCard
        prompt={prompt({
          resolution: {
            decision: 'allow',
            by: 'user',
            mode: null,
            answers: [
              { question: 'Which language?', answer: 'C#' },
              { question: 'Which sections?', answer: 'Install, Usage' },
            ],
          },
        })}
        onRespond={vi.fn()}
      />,
    );

    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    const answered = screen.getAllByTestId('question-answered');
    expect(answered.map((item) => item.textContent)).toEqual([
      'LanguageWhich language?C#',
      'SectionsWhich sections?Install, Usage',
    ]);
    expect(screen.getByTestId('question-outcome')).toHaveTextContent('you answered');
  });

  it('says the questions went unanswered when declined', () => {
    render(
      <QuestionCard
        prompt={prompt({ resolution: { decision: 'deny', by: 'user', mode: null } })}
        onRespond={vi.fn()}
      />,
    );

    expect(screen.getByTestId('question-outcome')).toHaveTextContent('you declined to answer');
    expect(screen.getAllByTestId('question-answer').map((item) => item.textContent)).toEqual([
      'Not answered',
      'Not answered',
    ]);
  });
});
