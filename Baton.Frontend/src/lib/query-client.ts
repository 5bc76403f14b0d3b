import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Live changes will arrive over SignalR, so refetching on every focus would only repeat requests.
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}
