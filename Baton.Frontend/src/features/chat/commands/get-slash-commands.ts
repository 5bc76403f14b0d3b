import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema.generated';

export type SlashCommand = components['schemas']['SlashCommand'];

/** The slash commands Claude Code listed when it last started a turn in the project. */
export async function getSlashCommands(projectId: string): Promise<SlashCommand[]> {
  const answer = await unwrap(
    api.GET('/api/projects/{projectId}/slash-commands', { params: { path: { projectId } } }),
  );
  return answer.commands;
}

/**
 * Asked for as the composer opens, so the list is at hand when `/` is typed, and again each time the
 * menu opens (`use-slash-command-menu.ts`): a command added to the project shows once Claude Code
 * has started a turn since.
 */
export function useSlashCommands(projectId: string) {
  return useQuery({
    queryKey: ['projects', projectId, 'slash-commands'],
    queryFn: () => getSlashCommands(projectId),
  });
}
