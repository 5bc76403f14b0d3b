import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema.generated';

export type SearchHit = components['schemas']['SearchHit'];
export type SnippetPart = components['schemas']['SnippetPart'];
export type SearchOrder = 'best' | 'newest';

export function searchMessages(
  text: string,
  order: SearchOrder,
  signal?: AbortSignal,
): Promise<SearchHit[]> {
  return unwrap(
    api.GET('/api/search', { params: { query: { q: text, order } }, signal: signal ?? null }),
  ).then((response) => response.hits);
}

/** The hits for a query; nothing is asked while the query is empty. */
export function useSearchMessages(text: string, order: SearchOrder) {
  return useQuery({
    queryKey: ['search', text, order],
    queryFn: ({ signal }) => searchMessages(text, order, signal),
    enabled: text.trim() !== '',
    // The list of the last query stays while the next one loads, rather than blinking empty.
    placeholderData: keepPreviousData,
  });
}
