import { useQuery } from '@tanstack/react-query';
import { WireEvents } from '@/lib/realtime/contract.generated';
import { useRealtime } from '@/lib/realtime/use-realtime';

/** What git says has changed in the project's folder, asked of its bridge each time the view opens. */
export function useWorkspaceDiff(projectId: string, enabled: boolean) {
  const realtime = useRealtime();
  return useQuery({
    queryKey: ['workspace-diff', projectId],
    queryFn: () => realtime.invoke(WireEvents.workspaceDiff, { projectId }),
    enabled,
    // The folder changes under every run: never show an old answer as the current one.
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
}
