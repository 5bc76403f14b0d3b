import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Composer } from '@/features/chat/components/composer';
import { FakeHubConnection } from '@/testing/fake-hub-connection';
import { renderWithProviders } from '@/testing/render-with-providers';
import { stubFetch } from '@/testing/stub-fetch';

const commands = [
  {
    name: 'hello',
    description: 'Greets the project (project)',
    argumentHint: '',
    terminalOnly: false,
  },
  {
    name: 'compact',
    description: 'Free up context by summarizing the conversation so far',
    argumentHint: '<optional custom summarization instructions>',
    terminalOnly: false,
  },
  {
    name: 'color',
    description: 'Set the prompt bar color for this session',
    argumentHint: '',
    terminalOnly: true,
  },
  {
    name: 'clear',
    description: 'Start a new session with empty context',
    argumentHint: '',
    terminalOnly: false,
  },
];

function renderComposer(listKnown = true) {
  if (listKnown) {
    stubFetch({ status: 200, body: JSON.stringify({ commands }) });
  } else {
    vi.stubGlobal('fetch', () => new Promise<Response>(() => undefined));
  }
  const onSend = vi.fn();
  renderWithProviders(
    <Composer
      projectId="project-1"
      running={false}
      onSend={onSend}
      onStop={vi.fn()}
      onUpload={vi.fn()}
    />,
    { connection: new FakeHubConnection() },
  );
  return { onSend, input: screen.getByTestId('composer-input') };
}

function options() {
  return within(screen.getByRole('listbox', { name: 'Slash commands' })).getAllByRole('option');
}

describe('The slash command menu', () => {
  it('opens on / at the start of the message with every command and its description', async () => {
    const user = userEvent.setup();
    const { input } = renderComposer();

    await user.type(input, '/');

    await waitFor(() => {
      expect(options()).toHaveLength(4);
    });
    expect(options()[0]).toHaveTextContent('/hello');
    expect(options()[0]).toHaveTextContent('Greets the project (project)');
    expect(options()[0]).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', 'slash-command-hello');
  });

  it('narrows the list as the name is typed, names that start with it first', async () => {
    const user = userEvent.setup();
    const { input } = renderComposer();

    await user.type(input, '/c');
    await waitFor(() => {
      expect(options().map((option) => option.dataset.command)).toEqual([
        'compact',
        'color',
        'clear',
      ]);
    });
    await user.type(input, 'le');

    expect(options().map((option) => option.dataset.command)).toEqual(['clear']);
  });

  it('moves with the arrow keys and sends the chosen command on Enter', async () => {
    const user = userEvent.setup();
    const { input, onSend } = renderComposer();

    await user.type(input, '/');
    await waitFor(() => {
      expect(options()).toHaveLength(4);
    });
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(options()[2]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}{Enter}');

    expect(onSend).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ text: '/compact' }));
    expect(input).toHaveValue('');
    expect(screen.queryByTestId('slash-command-menu')).not.toBeInTheDocument();
  });

  it('completes the command in the box on Tab, for arguments to follow', async () => {
    const user = userEvent.setup();
    const { input, onSend } = renderComposer();

    await user.type(input, '/comp');
    await waitFor(() => {
      expect(options()).toHaveLength(1);
    });
    await user.keyboard('{Tab}');
    // The composer puts the caret after the completed command on the next frame; a person types on after it.
    await new Promise(requestAnimationFrame);
    expect(input).toHaveProperty('selectionStart', '/compact '.length);
    await user.type(input, 'keep the tests', { skipClick: true });
    await user.keyboard('{Enter}');

    expect(onSend).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ text: '/compact keep the tests' }),
    );
  });

  it('closes on Escape without clearing what was typed', async () => {
    const user = userEvent.setup();
    const { input } = renderComposer();

    await user.type(input, '/he');
    await waitFor(() => {
      expect(options()).toHaveLength(1);
    });
    await user.keyboard('{Escape}');

    expect(screen.queryByTestId('slash-command-menu')).not.toBeInTheDocument();
    expect(input).toHaveValue('/he');
  });

  it('explains a command that works only in a terminal instead of sending it', async () => {
    const user = userEvent.setup();
    const { input, onSend } = renderComposer();

    await user.type(input, '/col');
    await waitFor(() => {
      expect(options()).toHaveLength(1);
    });
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');

    expect(onSend).not.toHaveBeenCalled();
    expect(input).toHaveValue('/color ');
    expect(screen.getByTestId('terminal-command-note')).toHaveTextContent(
      '/color works only in Claude Code’s own terminal',
    );
    expect(screen.getByTestId('send-button')).toBeDisabled();
  });

  it('sends no command before the list is known, as it might work only in a terminal', async () => {
    const user = userEvent.setup();
    const { input, onSend } = renderComposer(false);

    await user.type(input, '/color{Enter}');

    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByTestId('slash-command-menu')).toHaveTextContent('Looking up commands…');
  });

  it('stays closed for a / later in the message', async () => {
    const user = userEvent.setup();
    const { input } = renderComposer();

    await user.type(input, 'look at src/app');

    expect(screen.queryByTestId('slash-command-menu')).not.toBeInTheDocument();
  });
});
