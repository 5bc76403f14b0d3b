import { useId, useState, type SyntheticEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Card } from '@/components/ui/card';
import { useSearchMessages, type SearchOrder } from '@/features/search/api/search-messages';
import { SearchHitItem } from '@/features/search/components/search-hit-item';
import styles from './search.module.css';

/**
 * Search across every conversation. The query lives in the address (`?q=…&order=…`), so a search
 * survives a reload and Back returns to its results.
 */
export function SearchPanel() {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const order: SearchOrder = params.get('order') === 'newest' ? 'newest' : 'best';
  const [draft, setDraft] = useState(query);
  const results = useSearchMessages(query, order);
  const inputId = useId();
  const orderId = useId();

  const search = (text: string, nextOrder: SearchOrder) => {
    setParams(text.trim() === '' ? {} : { q: text.trim(), order: nextOrder });
  };
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    search(draft, order);
  };

  return (
    <Card title="Search">
      <form role="search" className={styles.form} onSubmit={submit}>
        <label htmlFor={inputId} className="visually-hidden">
          Search your conversations
        </label>
        <input
          id={inputId}
          type="search"
          value={draft}
          maxLength={200}
          placeholder='Words, "a phrase", -leave out'
          onChange={(event) => {
            setDraft(event.target.value);
          }}
          data-testid="search-input"
        />
        <label htmlFor={orderId} className="visually-hidden">
          Order
        </label>
        <select
          id={orderId}
          value={order}
          onChange={(event) => {
            search(draft, event.target.value as SearchOrder);
          }}
          data-testid="search-order"
        >
          <option value="best">Best match</option>
          <option value="newest">Newest</option>
        </select>
        <button type="submit" data-testid="search-submit">
          Search
        </button>
      </form>
      {query === '' && (
        <p className={styles.hint}>
          Finds words in messages, answers, tool calls and their results, and file names.
        </p>
      )}
      {results.isFetching && <p role="status">Searching…</p>}
      {results.isError && <p role="alert">The search failed: {results.error.message}</p>}
      {query !== '' && results.data?.length === 0 && (
        <p className={styles.hint} data-testid="search-empty">
          Nothing matched “{query}”.
        </p>
      )}
      {results.data !== undefined && results.data.length > 0 && (
        <ol className={styles.list} data-testid="search-results" aria-label="Search results">
          {results.data.map((hit) => (
            <SearchHitItem key={hit.messageId} hit={hit} />
          ))}
        </ol>
      )}
    </Card>
  );
}
