import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Composer } from '@/features/chat/components/composer';
import { FakeHubConnection } from '@/testing/fake-hub-connection';
import { renderWithProviders } from '@/testing/render-with-providers';

function renderComposer(onUpload = vi.fn((file: File) => Promise.resolve(attachmentOf(file)))) {
  renderWithProviders(
    <Composer
      projectId="project-1"
      running={false}
      onSend={vi.fn()}
      onStop={vi.fn()}
      onUpload={onUpload}
    />,
    { connection: new FakeHubConnection() },
  );
  return onUpload;
}

function attachmentOf(file: File) {
  return { id: `upload-${file.name}`, fileName: file.name, mediaType: file.type };
}

const screenshot = () =>
  new File([new Uint8Array([137, 80, 78, 71])], 'image.png', { type: 'image/png' });

describe('Pasting and dropping files on the composer', () => {
  it('uploads an image pasted into the message box as an attachment', async () => {
    const onUpload = renderComposer();
    const image = screenshot();

    fireEvent.paste(screen.getByTestId('composer-input'), {
      clipboardData: { files: [image], types: ['Files'] },
    });

    expect(onUpload).toHaveBeenCalledExactlyOnceWith(image);
    await waitFor(() => {
      expect(screen.getByTestId('composer-attachment')).toHaveAttribute('data-state', 'ready');
    });
    expect(screen.getByTestId('composer-attachment')).toHaveTextContent('image.png');
  });

  it('names a pasted image that comes without a name', () => {
    const onUpload = renderComposer();

    fireEvent.paste(screen.getByTestId('composer-input'), {
      clipboardData: { files: [new File(['x'], '', { type: 'image/jpeg' })], types: ['Files'] },
    });

    expect(onUpload.mock.calls[0]?.[0]).toMatchObject({ name: 'pasted.jpg', type: 'image/jpeg' });
  });

  it('leaves pasted text to the browser and uploads nothing', () => {
    const onUpload = renderComposer();

    const notPrevented = fireEvent.paste(screen.getByTestId('composer-input'), {
      clipboardData: { files: [], types: ['text/plain'] },
    });

    expect(notPrevented).toBe(true);
    expect(onUpload).not.toHaveBeenCalled();
  });

  it('uploads every file dropped on the composer and marks the composer while a file is dragged over it', async () => {
    const onUpload = renderComposer();
    const composer = screen.getByRole('form', { name: 'Message composer' });
    const notes = new File(['remember the milk'], 'notes.txt', { type: 'text/plain' });
    const image = screenshot();

    fireEvent.dragOver(composer, { dataTransfer: { files: [], types: ['Files'] } });
    expect(composer).toHaveAttribute('data-dragging', 'true');
    fireEvent.drop(composer, { dataTransfer: { files: [notes, image], types: ['Files'] } });

    expect(composer).toHaveAttribute('data-dragging', 'false');
    expect(onUpload.mock.calls.map(([file]) => file.name)).toEqual(['notes.txt', 'image.png']);
    await waitFor(() => {
      expect(screen.getAllByTestId('composer-attachment')).toHaveLength(2);
    });
  });

  it('shows the upload error of a dropped file the API refused, as for a chosen one', async () => {
    renderComposer(
      vi.fn(() =>
        Promise.reject(new Error('Attach images (png, jpeg, gif, webp), text, JSON or PDF.')),
      ),
    );

    fireEvent.drop(screen.getByRole('form', { name: 'Message composer' }), {
      dataTransfer: {
        files: [new File(['x'], 'tool.zip', { type: 'application/zip' })],
        types: ['Files'],
      },
    });

    await waitFor(() => {
      expect(screen.getByTestId('composer-attachment')).toHaveAttribute('data-state', 'failed');
    });
    expect(screen.getByTestId('composer-attachment')).toHaveTextContent(
      'Attach images (png, jpeg, gif, webp)',
    );
  });

  it('ignores text dragged over the composer', () => {
    renderComposer();
    const composer = screen.getByRole('form', { name: 'Message composer' });

    fireEvent.dragOver(composer, { dataTransfer: { files: [], types: ['text/plain'] } });

    expect(composer).toHaveAttribute('data-dragging', 'false');
  });
});
