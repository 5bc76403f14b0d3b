import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { WireEvents, type ConversationSummary } from '@/lib/realtime/contract.generated';
import { RealtimeProvider } from '@/lib/realtime/realtime-provider';
import { RunSettingsBar } from '@/features/chat/run-settings/run-settings-bar';
import { FakeHubConnection } from '@/testing/fake-hub-connection';
import { renderWithProviders } from '@/testing/render-with-providers';

type Props = Parameters<typeof RunSettingsBar>[0];

const props: Props = {
  conversationId: 'c1',
  permissionMode: 'default',
  model: null,
  effort: null,
  models: null,
  bypassAllowed: false,
  running: true,
};

async function connected() {
  const connection = new FakeHubConnection();
  await connection.start();
  return connection;
}

function summary(overrides: Partial<ConversationSummary>): ConversationSummary {
  return {
    id: 'c1',
    projectId: 'p1',
    title: 'A conversation',
    permissionMode: 'default',
    createdAt: '2026-12-02T20:00:00Z',
    updatedAt: '2026-12-02T20:00:00Z',
    ...overrides,
  };
}

describe('RunSettingsBar', () => {
  it('shows the conversation mode, model and effort, and what another tab changed', async () => {
    const connection = await connected();
    const { rerender } = renderWithProviders(<RunSettingsBar {...props} />, { connection });

    expect(screen.getByTestId('permission-mode-select')).toHaveValue('default');
    expect(screen.getByTestId('model-select')).toHaveValue('');
    expect(screen.getByRole('option', { name: 'Bypass' })).toBeDisabled();

    rerender(
      <RealtimeProvider connection={connection}>
        <RunSettingsBar {...props} permissionMode="acceptEdits" model="haiku" effort="high" />
      </RealtimeProvider>,
    );

    expect(screen.getByTestId('run-settings')).toHaveAttribute('data-mode', 'acceptEdits');
    expect(screen.getByTestId('model-select')).toHaveValue('haiku');
    expect(screen.getByTestId('effort-select')).toHaveValue('high');
  });

  it('sends a change of mode or model to the conversation at once, and says when effort applies', async () => {
    const user = userEvent.setup();
    const connection = await connected();
    connection.answer(WireEvents.conversationSetRunOptions, (request) =>
      summary({ permissionMode: request.permissionMode ?? 'default' }),
    );
    renderWithProviders(<RunSettingsBar {...props} />, { connection });

    await user.selectOptions(screen.getByTestId('permission-mode-select'), 'acceptEdits');
    await user.selectOptions(screen.getByTestId('model-select'), 'opus');

    expect(connection.invocationsOf(WireEvents.conversationSetRunOptions)).toEqual([
      { conversationId: 'c1', permissionMode: 'acceptEdits', model: null, effort: null },
      { conversationId: 'c1', permissionMode: null, model: 'opus', effort: null },
    ]);
    expect(screen.getByTestId('model-select')).toHaveValue('opus');
    expect(screen.getByText(/effort applies from Claude Code’s next start/)).toBeInTheDocument();
  });

  it('offers the models the bridge lists', async () => {
    const connection = await connected();
    renderWithProviders(
      <RunSettingsBar
        {...props}
        models={[
          { value: 'fable', displayName: 'Fable', description: 'Most capable' },
          { value: 'haiku', displayName: 'Haiku', description: 'Fastest' },
        ]}
      />,
      { connection },
    );

    const names = [...screen.getByTestId('model-select').querySelectorAll('option')].map(
      (option) => option.textContent,
    );
    expect(names).toEqual(['Default', 'Fable', 'Haiku']);
  });

  it('goes back to what is stored and says why when the change is refused', async () => {
    const user = userEvent.setup();
    const connection = await connected();
    connection.answer(WireEvents.conversationSetRunOptions, () => {
      throw new Error(
        "HubException: bypass_not_allowed: The project's bridge does not allow the bypassPermissions mode.",
      );
    });
    renderWithProviders(<RunSettingsBar {...props} bypassAllowed />, { connection });

    await user.selectOptions(screen.getByTestId('permission-mode-select'), 'bypassPermissions');

    await waitFor(() => {
      expect(screen.getByTestId('permission-mode-select')).toHaveValue('default');
    });
    expect(screen.getByRole('alert')).toHaveTextContent('does not allow bypassing permissions');
  });
});
