import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { WireEvents } from '@/lib/realtime/contract.generated';
import type { Inbox } from '@/features/inbox/api/get-inbox';
import { InboxPanel } from '@/features/inbox/components/inbox-panel';
import { useInboxUpdates } from '@/features/inbox/hooks/use-inbox-updates';
import { FakeHubConnection } from '@/testing/fake-hub-connection';
import { renderWithProviders } from '@/testing/render-with-providers';
import { stubFetch } from '@/testing/stub-fetch';

const notes = { id: 'c1', title: 'Release notes', projectId: 'p1', projectName: 'shop' };
const build = { id: 'c2', title: 'Broken build', projectId: 'p2', projectName: 'tools' };
const docs = { id: 'c3', title: 'Docs', projectId: 'p1', projectName: 'shop' };

const waiting: Inbox = {
  prompts: [
    {
      promptId: 'prompt-1',
      requestId: 'run-1',
      conversation: notes,
      toolUseId: 'toolu_1',
      toolName: 'Write',
      input: { file_path: 'notes.md' },
      suggestions: [],
      createdAt: '2026-12-03T10:00:00Z',
      expiresAt: '2026-12-03T10:10:00Z',
    },
  ],
  running: [{ requestId: 'run-2', conversation: docs, startedAt: '2026-12-03T09:59:00Z' }],
  failed: [
    {
      requestId: 'run-0',
      conversation: build,
      code: 'cli_failed',
      message: 'The CLI stopped.',
      endedAt: '2026-12-03T09:00:00Z',
    },
  ],
};

const nothing: Inbox = { prompts: [], running: [], failed: [] };

function answer(inbox: Inbox) {
  return { status: 200, body: JSON.stringify(inbox) };
}

function LiveInbox() {
  useInboxUpdates();
  return (
    <InboxPanel
      renderPrompt={(prompt, onAnswered) => (
        <button type="button" onClick={onAnswered}>
          Answer {prompt.toolName}
        </button>
      )}
    />
  );
}

function renderInbox(connection = new FakeHubConnection()) {
  return renderWithProviders(
    <MemoryRouter>
      <LiveInbox />
    </MemoryRouter>,
    { connection },
  );
}

describe('InboxPanel', () => {
  it('lists waiting prompts, runs at work and failures, each linking to its conversation', async () => {
    stubFetch(answer(waiting));
    renderInbox();

    const prompt = await screen.findByTestId('inbox-prompt');
    expect(within(prompt).getByTestId('inbox-item-link')).toHaveAttribute(
      'href',
      '/projects/p1/c/c1',
    );
    expect(within(prompt).getByRole('button', { name: 'Answer Write' })).toBeInTheDocument();
    expect(screen.getByTestId('inbox-running')).toHaveTextContent('Docsshop');
    const failed = screen.getByTestId('inbox-failed');
    expect(within(failed).getByTestId('inbox-item-link')).toHaveAttribute(
      'href',
      '/projects/p2/c/c2',
    );
    expect(failed).toHaveTextContent('The CLI stopped.');
    expect(screen.getByRole('heading', { name: 'Waiting for you (1)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Running (1)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Failed (1)' })).toBeInTheDocument();
  });

  it('drops a prompt as soon as it is answered in place', async () => {
    stubFetch(answer(waiting));
    const user = userEvent.setup();
    renderInbox();

    await user.click(await screen.findByRole('button', { name: 'Answer Write' }));

    expect(screen.queryByTestId('inbox-prompt')).not.toBeInTheDocument();
    expect(screen.getByTestId('inbox-running')).toBeInTheDocument();
  });

  it('reads the inbox again when the room says it changed, and after a reconnect', async () => {
    const fetchMock = stubFetch(answer(waiting), answer(nothing), answer(waiting));
    const connection = new FakeHubConnection();
    renderInbox(connection);
    expect(await screen.findByTestId('inbox-prompt')).toBeInTheDocument();

    act(() => {
      connection.emit(WireEvents.inboxChanged, { conversationId: 'c1' });
    });
    expect(await screen.findByTestId('inbox-empty')).toHaveTextContent(
      'Nothing needs you right now.',
    );

    act(() => {
      connection.dropAndReconnect();
    });
    expect(await screen.findByTestId('inbox-prompt')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('dismisses a failure at once and tells the server', async () => {
    const fetchMock = stubFetch(
      answer(waiting),
      { status: 204, body: '' },
      answer({ ...waiting, failed: [] }),
    );
    const user = userEvent.setup();
    renderInbox();

    await user.click(
      await screen.findByRole('button', { name: 'Dismiss the failure in Broken build' }),
    );

    expect(screen.queryByTestId('inbox-failed')).not.toBeInTheDocument();
    await waitFor(() => {
      const dismissal = fetchMock.mock.calls
        .map(([request]) => request)
        .find((request) => request instanceof Request && request.method === 'POST');
      expect(dismissal instanceof Request ? new URL(dismissal.url).pathname : undefined).toBe(
        '/api/inbox/failed-runs/run-0/dismiss',
      );
    });
  });
});
