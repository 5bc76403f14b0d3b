import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema.generated';
import { bridgesQueryKey } from '@/features/bridges/api/get-bridges';

export type CreatedBridge = components['schemas']['CreatedBridgeResponse'];

export function createBridge(name: string): Promise<CreatedBridge> {
  return unwrap(api.POST('/api/bridges', { body: { name } }));
}

export function useCreateBridge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBridge,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bridgesQueryKey }),
  });
}
