import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImageAttachment } from '@/features/chat/images/image-attachment';
import { FakeHubConnection } from '@/testing/fake-hub-connection';
import { renderWithProviders } from '@/testing/render-with-providers';
import { stubFetch } from '@/testing/stub-fetch';

describe('ImageAttachment', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the image, fetched with the API client, as a thumbnail that opens it', async () => {
    const fetchMock = stubFetch({ status: 200, body: 'png bytes' });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:thumbnail');

    renderWithProviders(
      <ImageAttachment
        attachment={{ id: 'upload-1', fileName: 'diagram.png', mediaType: 'image/png' }}
      />,
      { connection: new FakeHubConnection() },
    );

    expect(await screen.findByRole('img', { name: 'diagram.png' })).toHaveAttribute(
      'src',
      'blob:thumbnail',
    );
    expect(screen.getByRole('button', { name: 'Open diagram.png' })).toBeInTheDocument();
    const request = fetchMock.mock.calls[0]?.[0] as Request;
    expect(new URL(request.url).pathname).toBe('/api/chat/uploads/upload-1');
  });

  it('says so when the image cannot be loaded', async () => {
    stubFetch({ status: 404, body: '' });

    renderWithProviders(
      <ImageAttachment
        attachment={{ id: 'upload-2', fileName: 'gone.png', mediaType: 'image/png' }}
      />,
      { connection: new FakeHubConnection() },
    );

    expect(await screen.findByLabelText('The image could not be loaded')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open gone.png' })).not.toBeInTheDocument();
  });
});
