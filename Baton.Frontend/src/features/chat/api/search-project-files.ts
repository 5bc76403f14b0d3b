import { queryOptions, useQuery } from '@tanstack/react-query';
import { WireEvents, type FileEntry } from '@/lib/realtime/contract.generated';
import type { RealtimeClient } from '@/lib/realtime/realtime-client';
import { useRealtime } from '@/lib/realtime/use-realtime';

export const filePickerLimit = 50;

export function searchProjectFilesQueryOptions(
  realtime: RealtimeClient,
  projectId: string,
  query: string,
) {
  return queryOptions({
    queryKey: ['project-files', projectId, 'search', query],
    queryFn: async (): Promise<FileEntry[]> => {
      // A bare `@` lists the project's root; anything after it searches.
      const listing = await realtime.invoke(WireEvents.filesList, {
        projectId,
        query: query === '' ? null : query,
      });
      return listing.entries.slice(0, filePickerLimit);
    },
    staleTime: 10_000,
    retry: false,
  });
}

/** Files of the project whose path matches what follows the `@` being typed. */
export function useSearchProjectFiles(projectId: string, query: string, enabled: boolean) {
  const realtime = useRealtime();
  return useQuery({ ...searchProjectFilesQueryOptions(realtime, projectId, query), enabled });
}
