import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '@/app/app';
import { stubFetch } from '@/testing/stub-fetch';

describe('App', () => {
  it('sends a visitor who is not signed in to the sign-in page, with the API status', async () => {
    stubFetch({ status: 200, body: 'Healthy' });
    window.history.pushState({}, '', '/projects');

    render(<App />);

    expect(await screen.findByTestId('sign-in-form')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Baton' })).toBeInTheDocument();
    expect(await screen.findByTestId('api-health')).toHaveTextContent(/^Healthy$/);
    expect(window.location.pathname).toBe('/sign-in');
  });
});
