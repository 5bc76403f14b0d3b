import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { RealtimeProvider } from '@/lib/realtime/realtime-provider';
import type { FakeHubConnection } from '@/testing/fake-hub-connection';

type Options = {
  // Wraps the UI in a RealtimeProvider over this fake connection.
  connection?: FakeHubConnection;
};

// A fresh client per test keeps cached answers from leaking between tests.
export function renderWithProviders(
  ui: ReactElement,
  options: Options = {},
): RenderResult & { queryClient: QueryClient } {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false } },
  });
  const content =
    options.connection === undefined ? (
      ui
    ) : (
      <RealtimeProvider connection={options.connection}>{ui}</RealtimeProvider>
    );
  const result = render(<QueryClientProvider client={queryClient}>{content}</QueryClientProvider>);
  return { ...result, queryClient };
}
