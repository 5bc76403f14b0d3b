import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema.generated';
import { projectsQueryKey, type Project } from '@/features/projects/api/get-projects';

export type NewProject = components['schemas']['ProjectRequest'];

export function createProject(project: NewProject): Promise<Project> {
  return unwrap(api.POST('/api/projects', { body: project }));
}

export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProject,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectsQueryKey }),
  });
}
