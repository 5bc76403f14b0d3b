import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '@/app/app';
import { stubFetch } from '@/testing/stub-fetch';

describe('App', () => {
  it('shows the Baton header and the API status on the start page', async () => {
    stubFetch({ status: 200, body: 'Healthy' });

    render(<App />);

    expect(screen.getByRole('heading', { level: 1, name: 'Baton' })).toBeInTheDocument();
    expect(await screen.findByTestId('api-health')).toHaveTextContent(/^Healthy$/);
  });
});
