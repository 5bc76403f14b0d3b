import { queryOptions, useQuery } from '@tanstack/react-query';
import { getText } from '@/lib/api-client';

const reportedStatuses = ['Healthy', 'Degraded', 'Unhealthy'] as const;

export type ApiHealth = (typeof reportedStatuses)[number] | 'Unreachable';

export const apiHealthRefreshMs = 5_000;

export async function getApiHealth(signal?: AbortSignal): Promise<ApiHealth> {
  try {
    // The API answers 503 "Unhealthy" when a dependency is down: a status to show, not a failure.
    const body = await getText('/health', { signal, acceptedStatuses: [503] });
    // Any other body (a proxy's error page, say) means the API itself did not answer.
    return reportedStatuses.find((status) => status === body.trim()) ?? 'Unreachable';
  } catch (error) {
    if (signal?.aborted) {
      throw error;
    }
    return 'Unreachable';
  }
}

export function getApiHealthQueryOptions() {
  return queryOptions({
    queryKey: ['api-health'],
    queryFn: ({ signal }) => getApiHealth(signal),
    refetchInterval: apiHealthRefreshMs,
  });
}

export function useApiHealth() {
  return useQuery(getApiHealthQueryOptions());
}
