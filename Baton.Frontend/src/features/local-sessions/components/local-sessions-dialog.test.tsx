import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalSession } from '@/features/local-sessions/api/get-local-sessions';
import { LocalSessionsDialog } from '@/features/local-sessions/components/local-sessions-dialog';
import { renderWithProviders } from '@/testing/render-with-providers';
import { stubFetch } from '@/testing/stub-fetch';

function session(overrides: Partial<LocalSession>): LocalSession {
  return {
    sessionId: '1ee4a55f-9d4a-4bb9-870d-01a3a3e85430',
    startedAt: '2026-11-30T09:00:00Z',
    updatedAt: '2026-11-30T09:30:00Z',
    lastPrompt: null,
    lastMessage: null,
    size: 2048,
    ...overrides,
  };
}

describe('LocalSessionsDialog', () => {
  beforeAll(() => {
    // jsdom has no modal dialogs.
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.open = true;
    };
  });

  it('lists each session by the last prompt it was given and its last words, in plain text', async () => {
    const sessions = [
      session({
        lastPrompt: 'Fix the login bug',
        lastMessage: '**Done.** The login works:\n\n```ts\nlogin();\n```',
      }),
      session({ sessionId: '2ee4a55f-9d4a-4bb9-870d-01a3a3e85430' }),
    ];
    stubFetch({ status: 200, body: JSON.stringify({ sessions, truncated: false }) });
    renderWithProviders(
      <MemoryRouter>
        <LocalSessionsDialog projectId="p1" onClose={() => undefined} onOpened={() => undefined} />
      </MemoryRouter>,
    );

    const listed = await screen.findAllByTestId('local-session');
    expect(listed).toHaveLength(2);
    const [recent, empty] = listed as [HTMLElement, HTMLElement];
    expect(within(recent).getByTestId('local-session-prompt')).toHaveTextContent(
      'Fix the login bug',
    );
    expect(recent).toHaveTextContent('Done. The login works: login();');
    expect(recent).toHaveTextContent('2 KB');
    expect(empty).toHaveTextContent('No messages yet');
  });
});
