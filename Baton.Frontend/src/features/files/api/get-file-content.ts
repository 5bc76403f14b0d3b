import { queryOptions, useQuery } from '@tanstack/react-query';
import { WireEvents } from '@/lib/realtime/contract.generated';
import type { RealtimeClient } from '@/lib/realtime/realtime-client';
import { useRealtime } from '@/lib/realtime/use-realtime';

export function fileContentQueryOptions(realtime: RealtimeClient, projectId: string, path: string) {
  return queryOptions({
    queryKey: ['project-files', projectId, 'content', path],
    queryFn: () => realtime.invoke(WireEvents.filesContent, { projectId, path }),
    retry: false,
  });
}

export function useFileContent(projectId: string, path: string | undefined) {
  const realtime = useRealtime();
  return useQuery({
    ...fileContentQueryOptions(realtime, projectId, path ?? ''),
    enabled: path !== undefined,
  });
}
