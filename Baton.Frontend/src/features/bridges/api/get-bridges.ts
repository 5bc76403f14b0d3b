import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema.generated';

export type Bridge = components['schemas']['BridgeResponse'];

export const bridgesQueryKey = ['bridges'] as const;

export function getBridges(signal?: AbortSignal): Promise<Bridge[]> {
  return unwrap(api.GET('/api/bridges', { signal: signal ?? null }));
}

export function getBridgesQueryOptions() {
  return queryOptions({
    queryKey: bridgesQueryKey,
    queryFn: ({ signal }) => getBridges(signal),
  });
}

export function useBridges() {
  return useQuery(getBridgesQueryOptions());
}
