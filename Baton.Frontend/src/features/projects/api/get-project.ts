import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { projectsQueryKey } from '@/features/projects/api/get-projects';

export function getProjectQueryOptions(projectId: string) {
  return queryOptions({
    queryKey: [...projectsQueryKey, projectId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/projects/{id}', { params: { path: { id: projectId } }, signal })),
  });
}

export function useProject(projectId: string) {
  return useQuery(getProjectQueryOptions(projectId));
}
