import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SearchPanel } from '@/features/search/components/search-panel';
import { renderWithProviders } from '@/testing/render-with-providers';
import { stubFetch } from '@/testing/stub-fetch';

const hit = {
  messageId: 'm1',
  conversationId: 'c1',
  conversationTitle: 'Billing refactor',
  projectId: 'p1',
  projectName: 'shop',
  role: 'assistant',
  createdAt: '2026-11-30T10:00:00Z',
  snippet: [
    { text: 'Run `grep -rn ', match: false },
    { text: 'frobnicate', match: true },
    { text: ' src/`\n\n**Done**', match: false },
  ],
};

describe('SearchPanel', () => {
  it('searches what was typed and links each hit to its message, the matched word marked in plain words', async () => {
    const fetchMock = stubFetch({ status: 200, body: JSON.stringify({ hits: [hit] }) });
    const user = userEvent.setup();
    renderWithProviders(
      <MemoryRouter initialEntries={['/search']}>
        <SearchPanel />
      </MemoryRouter>,
    );

    await user.type(screen.getByTestId('search-input'), 'frobnicate');
    await user.click(screen.getByTestId('search-submit'));

    const link = await screen.findByTestId('search-hit-link');
    expect(link).toHaveAttribute('href', '/projects/p1/c/c1?message=m1');
    expect(link).toHaveTextContent('Billing refactor');
    expect(screen.getByTestId('search-snippet')).toHaveTextContent(
      'Run grep -rn frobnicate src/ Done',
    );
    expect(screen.getByTestId('search-snippet').querySelector('mark')).toHaveTextContent(
      'frobnicate',
    );
    expect(screen.getByTestId('search-hit')).toHaveTextContent('shop · Claude');
    const request = fetchMock.mock.calls[0]?.[0];
    const asked = new URL(request instanceof Request ? request.url : String(request));
    expect(asked.pathname).toBe('/api/search');
    expect(asked.searchParams.get('q')).toBe('frobnicate');
    expect(asked.searchParams.get('order')).toBe('best');
  });

  it('says so when nothing matched, and asks nothing for an empty query', async () => {
    const fetchMock = stubFetch({ status: 200, body: JSON.stringify({ hits: [] }) });
    const user = userEvent.setup();
    renderWithProviders(
      <MemoryRouter initialEntries={['/search?q=walrus&order=newest']}>
        <SearchPanel />
      </MemoryRouter>,
    );

    expect(await screen.findByTestId('search-empty')).toHaveTextContent(
      'Nothing matched “walrus”.',
    );
    expect(screen.getByTestId('search-order')).toHaveValue('newest');
    await user.clear(screen.getByTestId('search-input'));
    await user.click(screen.getByTestId('search-submit'));
    expect(screen.queryByTestId('search-empty')).not.toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
