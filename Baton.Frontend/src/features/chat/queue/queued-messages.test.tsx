import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorCodes, type QueuedMessage } from '@/lib/realtime/contract.generated';
import { QueuedMessages } from '@/features/chat/queue/queued-messages';
import { conversationId } from '@/testing/chat-events';

function queued(id: string, content: string): QueuedMessage {
  return {
    id,
    conversationId,
    content,
    attachmentIds: [],
    createdAt: '2026-12-03T00:00:00Z',
    updatedAt: '2026-12-03T00:00:00Z',
  };
}

const messages = [queued('q1', 'Then run the tests'), queued('q2', 'And write a summary')];

function renderQueue(overrides: Partial<Parameters<typeof QueuedMessages>[0]> = {}) {
  const props = {
    messages,
    onEdit: vi.fn(() => Promise.resolve(undefined)),
    onRemove: vi.fn(() => Promise.resolve(undefined)),
    onSteer: vi.fn(() => Promise.resolve(undefined)),
    ...overrides,
  };
  render(<QueuedMessages {...props} />);
  return props;
}

function firstItem(): HTMLElement {
  const [first] = screen.getAllByTestId('queued-message');
  if (first === undefined) {
    throw new Error('No queued message is shown.');
  }
  return first;
}

describe('QueuedMessages', () => {
  it('shows nothing while no message waits', () => {
    renderQueue({ messages: [] });

    expect(screen.queryByTestId('queued-messages')).not.toBeInTheDocument();
  });

  it('lists the waiting messages in the order they will start', () => {
    renderQueue();

    const items = screen.getAllByTestId('queued-message');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Then run the tests'),
      expect.stringContaining('And write a summary'),
    ]);
    expect(screen.getByRole('heading', { name: /Queued \(2\)/ })).toBeInTheDocument();
  });

  it('edits a message in place and saves it with Enter', async () => {
    const user = userEvent.setup();
    const { onEdit } = renderQueue();
    const first = firstItem();

    await user.click(within(first).getByRole('button', { name: /Edit/ }));
    const box = within(first).getByRole('textbox', { name: 'Queued message' });
    expect(box).toHaveFocus();
    await user.clear(box);
    await user.type(box, 'Run only the fast tests{Enter}');

    expect(onEdit).toHaveBeenCalledExactlyOnceWith('q1', 'Run only the fast tests');
    expect(within(first).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('cancels an edit with Esc and cannot save an empty text', async () => {
    const user = userEvent.setup();
    const { onEdit } = renderQueue();
    const first = firstItem();

    await user.click(within(first).getByRole('button', { name: /Edit/ }));
    await user.clear(within(first).getByRole('textbox'));
    expect(within(first).getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.keyboard('{Escape}');

    expect(onEdit).not.toHaveBeenCalled();
    expect(within(first).getByText('Then run the tests')).toBeInTheDocument();
  });

  it('sends a message into the running turn now', async () => {
    const user = userEvent.setup();
    const { onSteer } = renderQueue();

    await user.click(screen.getByRole('button', { name: 'Send now: And write a summary' }));

    expect(onSteer).toHaveBeenCalledExactlyOnceWith('q2');
  });

  it('removes a message', async () => {
    const user = userEvent.setup();
    const { onRemove } = renderQueue();

    await user.click(
      screen.getByRole('button', { name: 'Remove queued message: And write a summary' }),
    );

    expect(onRemove).toHaveBeenCalledExactlyOnceWith('q2');
  });

  it('says so when the message started before the edit reached the server', async () => {
    const user = userEvent.setup();
    renderQueue({
      onEdit: vi.fn(() =>
        Promise.resolve({ code: ErrorCodes.queuedMessageStarted, text: 'started' }),
      ),
    });
    const first = firstItem();

    await user.click(within(first).getByRole('button', { name: /Edit/ }));
    await user.type(within(first).getByRole('textbox'), ' now{Enter}');

    expect(await within(first).findByRole('alert')).toHaveTextContent(
      'This message has started already.',
    );
  });
});
