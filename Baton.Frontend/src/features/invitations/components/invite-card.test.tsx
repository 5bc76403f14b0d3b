import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InviteCard } from '@/features/invitations/components/invite-card';
import { renderWithProviders } from '@/testing/render-with-providers';
import { stubFetch } from '@/testing/stub-fetch';

describe('InviteCard', () => {
  it('creates an invitation and shows the sign-in link that carries its code', async () => {
    const fetchMock = stubFetch({
      status: 201,
      body: JSON.stringify({
        id: '0199a6a0-0000-7000-8000-000000000001',
        code: 'inv_abc',
        expiresAt: '2026-12-09T12:00:00Z',
      }),
    });

    renderWithProviders(<InviteCard />);
    fireEvent.click(screen.getByTestId('create-invitation'));

    expect(await screen.findByTestId('invitation-link')).toHaveTextContent(
      `${window.location.origin}/sign-in?invite=inv_abc`,
    );
    expect(fetchMock).toHaveBeenCalledWith(
      expect.objectContaining({
        method: 'POST',
        url: expect.stringContaining('/api/invitations') as string,
      }),
    );
  });
});
