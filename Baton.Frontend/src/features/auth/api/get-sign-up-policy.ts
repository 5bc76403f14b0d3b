import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export function getSignUpPolicyQueryOptions() {
  return queryOptions({
    queryKey: ['sign-up-policy'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/auth/sign-up-policy', { signal })),
    // Set when the API starts: it does not change while the page is open.
    staleTime: Infinity,
  });
}

// Closed until the API says open, so a deployment's sign-in page never offers what it would refuse.
export function useSignUpOpen(): boolean {
  const { data } = useQuery(getSignUpPolicyQueryOptions());
  return data?.signUp === 'open';
}
