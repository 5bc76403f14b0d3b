import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema.generated';

export type Project = components['schemas']['ProjectResponse'];

export const projectsQueryKey = ['projects'] as const;

export function getProjectsQueryOptions() {
  return queryOptions({
    queryKey: projectsQueryKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/projects', { signal })),
  });
}

export function useProjects() {
  return useQuery(getProjectsQueryOptions());
}
