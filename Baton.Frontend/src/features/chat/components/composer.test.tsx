import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WireEvents } from '@/lib/realtime/contract.generated';
import { Composer } from '@/features/chat/components/composer';
import { FakeHubConnection } from '@/testing/fake-hub-connection';
import { renderWithProviders } from '@/testing/render-with-providers';

type Props = Parameters<typeof Composer>[0];

function renderComposer(overrides: Partial<Props> = {}, connection = new FakeHubConnection()) {
  const props: Props = {
    projectId: 'project-1',
    running: false,
    onSend: vi.fn(),
    onStop: vi.fn(),
    onUpload: vi.fn((file: File) =>
      Promise.resolve({ id: `upload-${file.name}`, fileName: file.name, mediaType: file.type }),
    ),
    ...overrides,
  };
  renderWithProviders(<Composer {...props} />, { connection });
  return props;
}

describe('Composer', () => {
  it('sends on Enter and starts a new line on Shift+Enter', async () => {
    const user = userEvent.setup();
    const { onSend } = renderComposer();
    const input = screen.getByTestId('composer-input');

    await user.type(input, 'first line{Shift>}{Enter}{/Shift}second line{Enter}');

    expect(onSend).toHaveBeenCalledExactlyOnceWith({
      text: 'first line\nsecond line',
      attachments: [],
    });
    expect(input).toHaveValue('');
  });

  it('opens a file picker on @ and puts the chosen path into the message', async () => {
    const connection = new FakeHubConnection();
    await connection.start();
    connection.answer(WireEvents.filesList, ({ query }) => ({
      entries: ['src/app.tsx', 'src/main.tsx', 'README.md']
        .filter((path) => path.includes(query ?? ''))
        .map((path) => ({
          path,
          name: path.split('/').at(-1) ?? path,
          kind: 'file' as const,
          size: 10,
          modifiedAt: '2026-01-01T00:00:00Z',
        })),
      truncated: false,
    }));
    const user = userEvent.setup();
    renderComposer({}, connection);
    const input = screen.getByTestId('composer-input');

    await user.type(input, 'look at @src');

    expect(await screen.findAllByTestId('file-picker-option')).toHaveLength(2);
    expect(connection.invocationsOf(WireEvents.filesList).at(-1)).toEqual({
      projectId: 'project-1',
      query: 'src',
    });
    await user.keyboard('{ArrowDown}{Enter}');

    expect(input).toHaveValue('look at @src/main.tsx ');
    expect(screen.queryByTestId('file-picker')).not.toBeInTheDocument();
  });

  it('offers Stop and queues what is sent while a run is active', async () => {
    const user = userEvent.setup();
    const { onStop, onSend } = renderComposer({ running: true });

    await user.click(screen.getByTestId('stop-button'));
    await user.type(screen.getByTestId('composer-input'), 'Then this');
    await user.click(screen.getByRole('button', { name: 'Queue' }));

    expect(onStop).toHaveBeenCalledTimes(1);
    expect(onSend).toHaveBeenCalledExactlyOnceWith({ text: 'Then this', attachments: [] });
  });

  it('uploads attachments and sends them with the message', async () => {
    const user = userEvent.setup();
    const { onSend, onUpload } = renderComposer();

    // The input is hidden behind the Attach button, so the file is handed to it directly.
    fireEvent.change(screen.getByTestId('attach-input'), {
      target: { files: [new File(['hello'], 'notes.txt', { type: 'text/plain' })] },
    });
    await waitFor(() => {
      expect(screen.getByTestId('composer-attachment')).toHaveAttribute('data-state', 'ready');
    });
    await user.type(screen.getByTestId('composer-input'), 'read this{Enter}');

    expect(onUpload).toHaveBeenCalledTimes(1);
    expect(onSend).toHaveBeenCalledWith(
      expect.objectContaining({
        attachments: [{ id: 'upload-notes.txt', fileName: 'notes.txt', mediaType: 'text/plain' }],
      }),
    );
  });
});
