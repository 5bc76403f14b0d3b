import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { WireEvents } from '@/lib/realtime/contract.generated';
import { InboxRoute } from '@/app/routes/inbox';
import { FakeHubConnection } from '@/testing/fake-hub-connection';
import { renderWithProviders } from '@/testing/render-with-providers';
import { stubFetch } from '@/testing/stub-fetch';

const conversation = { id: 'c1', title: 'Release notes', projectId: 'p1', projectName: 'shop' };

function waitingPrompt(toolName: string, input: unknown) {
  return {
    promptId: `prompt-${toolName}`,
    requestId: 'run-1',
    conversation,
    toolUseId: 'toolu_1',
    toolName,
    input,
    suggestions: [],
    createdAt: new Date().toISOString(),
    expiresAt: new Date(Date.now() + 600_000).toISOString(),
  };
}

function renderRoute(...prompts: ReturnType<typeof waitingPrompt>[]) {
  stubFetch({ status: 200, body: JSON.stringify({ prompts, running: [], failed: [] }) });
  const connection = new FakeHubConnection();
  renderWithProviders(
    <MemoryRouter>
      <InboxRoute />
    </MemoryRouter>,
    { connection },
  );
  return connection;
}

describe('InboxRoute', () => {
  it('answers a permission prompt on its conversation card with permission:response, then drops it', async () => {
    const connection = renderRoute(
      waitingPrompt('Write', { file_path: 'notes.md', content: 'v2' }),
    );
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('permission-allow'));

    await waitFor(() => {
      expect(screen.queryByTestId('inbox-prompt')).not.toBeInTheDocument();
    });
    expect(connection.invocationsOf(WireEvents.permissionResponse)).toEqual([
      {
        promptId: 'prompt-Write',
        decision: 'allow',
        suggestionIndexes: null,
        mode: null,
        message: null,
      },
    ]);
  });

  it("shows Claude's questions and a plan on their own cards", async () => {
    renderRoute(
      waitingPrompt('AskUserQuestion', {
        questions: [
          {
            question: 'Which language?',
            header: 'Language',
            multiSelect: false,
            options: [
              { label: 'TypeScript', description: 'Typed' },
              { label: 'Go', description: 'Compiled' },
            ],
          },
        ],
      }),
      waitingPrompt('ExitPlanMode', { plan: '1. Write the notes' }),
    );

    expect(await screen.findByTestId('question-card')).toHaveAttribute('data-state', 'pending');
    expect(screen.getByTestId('plan-card')).toHaveAttribute('data-state', 'pending');
    expect(screen.getByTestId('plan-text')).toHaveTextContent('Write the notes');
  });
});
