import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema.generated';

export type LocalSession = components['schemas']['LocalSession'];

export function localSessionsQueryKey(projectId: string) {
  return ['projects', projectId, 'local-sessions'] as const;
}

/** The Claude Code sessions on the project's bridge machine that ran in the project's folder, newest first. */
export function useLocalSessions(projectId: string, enabled: boolean) {
  return useQuery({
    queryKey: localSessionsQueryKey(projectId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/projects/{projectId}/local-sessions', {
          params: { path: { projectId } },
          signal,
        }),
      ),
    enabled,
    // A terminal may have added a session since: the list is read afresh each time it opens.
    staleTime: 0,
    retry: false,
  });
}
