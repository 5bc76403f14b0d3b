import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema.generated';

export type BridgePackage = components['schemas']['BridgePackageResponse'];

export function getBridgePackage(signal?: AbortSignal): Promise<BridgePackage> {
  return unwrap(api.GET('/api/downloads/bridge', { signal: signal ?? null }));
}

export function getBridgePackageQueryOptions() {
  return queryOptions({
    queryKey: ['bridge-package'] as const,
    queryFn: ({ signal }) => getBridgePackage(signal),
    // The package changes only with a new build of the server.
    staleTime: Infinity,
  });
}

export function useBridgePackage() {
  return useQuery(getBridgePackageQueryOptions());
}
