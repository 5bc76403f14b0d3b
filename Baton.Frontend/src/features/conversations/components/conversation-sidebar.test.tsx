import { act, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { WireEvents } from '@/lib/realtime/contract.generated';
import { ConversationSidebar } from '@/features/conversations/components/conversation-sidebar';
import { storedConversation } from '@/testing/conversations';
import { FakeHubConnection } from '@/testing/fake-hub-connection';
import { renderWithProviders } from '@/testing/render-with-providers';
import { stubFetch } from '@/testing/stub-fetch';

const projectId = 'project-1';

function conversation(id: string, title: string) {
  return storedConversation(id, projectId, title);
}

function page(...items: ReturnType<typeof conversation>[]) {
  return {
    status: 200,
    body: JSON.stringify({ items, page: 1, pageSize: 30, totalCount: items.length }),
  };
}

describe('ConversationSidebar', () => {
  it('joins the project room and shows a conversation created in another tab at the top', async () => {
    stubFetch(
      page(conversation('c1', 'First')),
      page(conversation('c2', 'Second'), conversation('c1', 'First')),
    );
    const connection = new FakeHubConnection();
    renderWithProviders(
      <MemoryRouter>
        <ConversationSidebar projectId={projectId} />
      </MemoryRouter>,
      { connection },
    );
    expect(await screen.findByText('First')).toBeInTheDocument();
    await waitFor(() => {
      expect(connection.invocationsOf(WireEvents.projectJoin)).toEqual([{ projectId }]);
    });

    act(() => {
      connection.emit(WireEvents.conversationCreated, {
        projectId,
        conversation: {
          id: 'c2',
          projectId,
          title: 'Second',
          permissionMode: 'default',
          createdAt: '2026-01-02T00:00:00Z',
          updatedAt: '2026-01-02T00:00:00Z',
        },
      });
    });

    await waitFor(() => {
      expect(screen.getAllByTestId('conversation-item').map((item) => item.textContent)).toEqual([
        'Second',
        'First',
      ]);
    });
  });
});
