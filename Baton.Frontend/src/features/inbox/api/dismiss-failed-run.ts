import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { inboxQueryKey, type Inbox } from '@/features/inbox/api/get-inbox';
import { withoutFailedRun } from '@/features/inbox/utils/inbox-state';

export function dismissFailedRun(requestId: string): Promise<void> {
  return unwrap(
    api.POST('/api/inbox/failed-runs/{id}/dismiss', { params: { path: { id: requestId } } }),
  );
}

/** Takes a failed run out of the inbox at once; the server's answer, or its refusal, has the inbox read again. */
export function useDismissFailedRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: dismissFailedRun,
    onMutate: async (requestId) => {
      await queryClient.cancelQueries({ queryKey: inboxQueryKey });
      queryClient.setQueryData<Inbox>(inboxQueryKey, (inbox) =>
        inbox === undefined ? undefined : withoutFailedRun(inbox, requestId),
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: inboxQueryKey }),
  });
}
