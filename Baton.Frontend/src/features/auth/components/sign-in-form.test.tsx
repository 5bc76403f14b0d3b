import { screen, waitFor } from '@testing-library/react';
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
});
