import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema.generated';

export type UsageReport = components['schemas']['UsageReport'];

/** Days start at midnight where the reader is, not in UTC. */
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function useUsageReport(days: number) {
  return useQuery({
    queryKey: ['usage', days, timeZone],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/usage', { params: { query: { days, timeZone } }, signal })),
    placeholderData: keepPreviousData,
  });
}
