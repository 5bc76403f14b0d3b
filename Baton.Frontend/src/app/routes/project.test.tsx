import { screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ProjectRoute } from '@/app/routes/project';
import { FakeHubConnection } from '@/testing/fake-hub-connection';
import { renderWithProviders } from '@/testing/render-with-providers';
import { stubFetch } from '@/testing/stub-fetch';

function renderProjectAt(path: string) {
  stubFetch({ status: 404, body: JSON.stringify({ title: 'Not here.', status: 404 }) });
  renderWithProviders(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/projects/:projectId" element={<ProjectRoute />}>
          <Route index element={<p>Project page</p>} />
          <Route path="c/:conversationId" element={<p>Conversation</p>} />
          <Route path="files" element={<p>Files</p>} />
        </Route>
      </Routes>
    </MemoryRouter>,
    { connection: new FakeHubConnection() },
  );
}

describe('ProjectRoute', () => {
  it.each([
    ['/projects/p1', 'tab-chat'],
    ['/projects/p1/c/c1', 'tab-chat'],
    ['/projects/p1/files', 'tab-files'],
  ])('at %s marks %s as the current view, and only it', (path, current) => {
    renderProjectAt(path);

    for (const tab of ['tab-chat', 'tab-files']) {
      const link = screen.getByTestId(tab);
      if (tab === current) {
        expect(link).toHaveAttribute('aria-current', 'page');
        expect(link).toHaveClass('active');
      } else {
        expect(link).not.toHaveAttribute('aria-current');
        expect(link).not.toHaveClass('active');
      }
    }
  });

  it('names its views although a phone shows their icons alone', () => {
    renderProjectAt('/projects/p1/c/c1');

    expect(screen.getByRole('link', { name: 'Chat' })).toBe(screen.getByTestId('tab-chat'));
    expect(screen.getByRole('link', { name: 'Files' })).toBe(screen.getByTestId('tab-files'));
  });
});
