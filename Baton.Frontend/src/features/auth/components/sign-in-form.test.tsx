import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSignUpPolicyQueryOptions } from '@/features/auth/api/get-sign-up-policy';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { renderWithProviders } from '@/testing/render-with-providers';
import { stubFetch } from '@/testing/stub-fetch';

describe('SignInForm', () => {
  it('offers to create an account when the API takes new accounts', async () => {
    const fetchMock = stubFetch({ status: 200, body: JSON.stringify({ signUp: 'open' }) });

    renderWithProviders(<SignInForm />);

    expect(await screen.findByTestId('sign-in-switch-mode')).toHaveTextContent(
      'No account yet? Create one',
    );
    expect(fetchMock).toHaveBeenCalledWith(
      expect.objectContaining({
        url: expect.stringContaining('/api/auth/sign-up-policy') as string,
      }),
    );
  });

  it('offers only signing in when sign-up is closed', async () => {
    stubFetch({ status: 200, body: JSON.stringify({ signUp: 'closed' }) });

    const { queryClient } = renderWithProviders(<SignInForm />);

    await waitFor(() => {
      expect(queryClient.getQueryData(getSignUpPolicyQueryOptions().queryKey)).toEqual({
        signUp: 'closed',
      });
    });
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByTestId('sign-in-switch-mode')).not.toBeInTheDocument();
  });

  it('creates an account with the invitation code from the link while sign-up is closed', async () => {
    const fetchMock = stubFetch({ status: 200, body: JSON.stringify({ signUp: 'closed' }) });

    renderWithProviders(<SignInForm invitationCode="inv_abc" />);
    expect(screen.getByTestId('sign-in-invited')).toBeInTheDocument();
    fireEvent.change(screen.getByTestId('sign-in-email'), {
      target: { value: 'invitee@baton.test' },
    });
    fireEvent.change(screen.getByTestId('sign-in-password'), {
      target: { value: 'Test-password-1' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => {
      expect(fetchMock).toHaveBeenCalledWith(
        expect.objectContaining({
          url: expect.stringContaining('/api/auth/sign-up') as string,
        }),
      );
    });
    const signUp = fetchMock.mock.calls
      .map(([request]) => request as Request)
      .find((request) => request.url.endsWith('/api/auth/sign-up'));
    expect(await signUp?.json()).toEqual({
      email: 'invitee@baton.test',
      password: 'Test-password-1',
      invitationCode: 'inv_abc',
    });
  });
});
