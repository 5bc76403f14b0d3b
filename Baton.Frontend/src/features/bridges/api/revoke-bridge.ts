import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { bridgesQueryKey } from '@/features/bridges/api/get-bridges';

export function revokeBridge(id: string): Promise<void> {
  return unwrap(api.DELETE('/api/bridges/{id}', { params: { path: { id } } }));
}

export function useRevokeBridge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeBridge,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bridgesQueryKey }),
  });
}
