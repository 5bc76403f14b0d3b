import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiHealthRefreshMs } from '@/features/health/api/get-api-health';
import { HealthStatusPanel } from '@/features/health/components/health-status-panel';
import { renderWithProviders } from '@/testing/render-with-providers';
import { stubFetch } from '@/testing/stub-fetch';

describe('HealthStatusPanel', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows Healthy when the API answers 200 Healthy', async () => {
    const fetchMock = stubFetch({ status: 200, body: 'Healthy' });

    renderWithProviders(<HealthStatusPanel />);

    expect(await screen.findByTestId('api-health')).toHaveTextContent(/^Healthy$/);
    expect(fetchMock).toHaveBeenCalledWith('/health', expect.anything());
  });

  it('shows Unhealthy when the API answers 503 Unhealthy', async () => {
    stubFetch({ status: 503, body: 'Unhealthy' });

    renderWithProviders(<HealthStatusPanel />);

    expect(await screen.findByTestId('api-health')).toHaveTextContent(/^Unhealthy$/);
  });

  it('shows Degraded when the API answers 200 Degraded', async () => {
    stubFetch({ status: 200, body: 'Degraded' });

    renderWithProviders(<HealthStatusPanel />);

    expect(await screen.findByTestId('api-health')).toHaveTextContent(/^Degraded$/);
  });

  it('shows Unreachable when the request fails on the network', async () => {
    stubFetch('network-error');

    renderWithProviders(<HealthStatusPanel />);

    expect(await screen.findByTestId('api-health')).toHaveTextContent(/^Unreachable$/);
  });

  it('shows Unreachable when the dev proxy answers 502 because the API is down', async () => {
    stubFetch({ status: 502, body: '' });

    renderWithProviders(<HealthStatusPanel />);

    expect(await screen.findByTestId('api-health')).toHaveTextContent(/^Unreachable$/);
  });

  it('says it is checking until the first answer arrives', () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(() => new Promise<Response>(() => undefined)),
    );

    renderWithProviders(<HealthStatusPanel />);

    expect(screen.getByRole('status')).toHaveTextContent('Checking…');
    expect(screen.queryByTestId('api-health')).not.toBeInTheDocument();
  });

  it('asks again every five seconds and shows the new answer', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fetchMock = stubFetch(
      { status: 200, body: 'Healthy' },
      { status: 503, body: 'Unhealthy' },
    );

    renderWithProviders(<HealthStatusPanel />);
    expect(await screen.findByTestId('api-health')).toHaveTextContent(/^Healthy$/);

    await act(() => vi.advanceTimersByTimeAsync(apiHealthRefreshMs));

    await waitFor(() => {
      expect(screen.getByTestId('api-health')).toHaveTextContent(/^Unhealthy$/);
    });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
