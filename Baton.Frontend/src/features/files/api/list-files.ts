import { queryOptions, useQuery } from '@tanstack/react-query';
import { WireEvents } from '@/lib/realtime/contract.generated';
import type { RealtimeClient } from '@/lib/realtime/realtime-client';
import { useRealtime } from '@/lib/realtime/use-realtime';

export function listFilesQueryOptions(realtime: RealtimeClient, projectId: string, path: string) {
  return queryOptions({
    queryKey: ['project-files', projectId, 'list', path],
    queryFn: () =>
      realtime.invoke(WireEvents.filesList, { projectId, path: path === '' ? null : path }),
    retry: false,
  });
}

/** One folder of the project, as the bridge lists it (the root when `path` is empty). */
export function useListFiles(projectId: string, path: string) {
  const realtime = useRealtime();
  return useQuery(listFilesQueryOptions(realtime, projectId, path));
}
