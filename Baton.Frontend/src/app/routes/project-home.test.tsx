import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ProjectHomeRoute } from '@/app/routes/project-home';
import { storedConversation } from '@/testing/conversations';
import { renderWithProviders } from '@/testing/render-with-providers';
import { stubFetch } from '@/testing/stub-fetch';

function renderProjectPage() {
  renderWithProviders(
    <MemoryRouter initialEntries={['/projects/p1']}>
      <Routes>
        <Route path="/projects/:projectId" element={<ProjectHomeRoute />} />
        <Route path="/projects/:projectId/c/:conversationId" element={<p>Conversation open</p>} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('ProjectHomeRoute', () => {
  it('starts a conversation in the project and opens it', async () => {
    const fetchMock = stubFetch({
      status: 201,
      body: JSON.stringify(storedConversation('c9', 'p1', 'New conversation')),
    });
    const user = userEvent.setup();
    renderProjectPage();

    await user.click(screen.getByTestId('start-conversation'));

    expect(await screen.findByText('Conversation open')).toBeInTheDocument();
    const request = fetchMock.mock.calls[0]?.[0] as Request;
    expect(new URL(request.url).pathname).toBe('/api/chat/conversations');
    expect(await request.json()).toMatchObject({ projectId: 'p1' });
  });

  it('says why when the conversation could not be started, and stays', async () => {
    stubFetch({
      status: 404,
      body: JSON.stringify({ title: 'The project was not found.', status: 404 }),
    });
    const user = userEvent.setup();
    renderProjectPage();

    await user.click(screen.getByTestId('start-conversation'));

    expect(await screen.findByRole('alert')).toHaveTextContent('The project was not found.');
    expect(screen.getByTestId('start-conversation')).toBeEnabled();
  });
});
