import { screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { WireEvents } from '@/lib/realtime/contract.generated';
import { ProjectsList } from '@/features/projects/components/projects-list';
import { FakeHubConnection } from '@/testing/fake-hub-connection';
import { renderWithProviders } from '@/testing/render-with-providers';
import { stubFetch } from '@/testing/stub-fetch';

const bridges = [
  { id: 'desk', name: 'desk', online: true },
  { id: 'laptop', name: 'laptop', online: false },
];

// More projects than the connection's burst of calls, on two bridges.
const projects = Array.from({ length: 30 }, (_, at) => ({
  id: `project-${at}`,
  name: `project ${at}`,
  rootDirectory: `/srv/project-${at}`,
  bridgeId: at % 3 === 0 ? 'laptop' : 'desk',
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
}));

describe('ProjectsList', () => {
  it("shows every project's bridge state, asking each bridge once however many projects it has", async () => {
    stubFetch({ status: 200, body: JSON.stringify(projects) });
    const connection = new FakeHubConnection();
    connection.answer(WireEvents.bridgeHealth, ({ projectId }) => {
      const bridgeId = projects.find((project) => project.id === projectId)?.bridgeId ?? '';
      return { bridgeId, name: bridgeId, online: bridgeId === 'desk' };
    });
    renderWithProviders(
      <MemoryRouter>
        <ProjectsList bridges={bridges} />
      </MemoryRouter>,
      { connection },
    );

    await waitFor(() => {
      expect(screen.getAllByTestId('bridge-status').map((badge) => badge.dataset.state)).toEqual(
        projects.map((project) => (project.bridgeId === 'desk' ? 'online' : 'offline')),
      );
    });
    expect(connection.invocationsOf(WireEvents.bridgeHealth)).toHaveLength(2);
  });
});
