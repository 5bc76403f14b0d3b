import { Link } from 'react-router';
import { formatMoment } from '@/lib/format-moment';
import type { SearchHit } from '@/features/search/api/search-messages';
import { SnippetText } from '@/features/search/components/snippet-text';
import styles from './search.module.css';

/** One message that matched: where it is, who wrote it, when, and the words around the match. */
export function SearchHitItem({ hit }: { hit: SearchHit }) {
  return (
    <li className={styles.hit} data-testid="search-hit">
      <Link
        to={`/projects/${hit.projectId}/c/${hit.conversationId}?message=${hit.messageId}`}
        className={styles.title}
        data-testid="search-hit-link"
      >
        {hit.conversationTitle}
      </Link>
      <span className={styles.meta}>
        {hit.projectName} · {hit.role === 'user' ? 'You' : 'Claude'} ·{' '}
        <time dateTime={hit.createdAt}>{formatMoment(hit.createdAt)}</time>
      </span>
      <p className={styles.snippet} data-testid="search-snippet">
        <SnippetText parts={hit.snippet} />
      </p>
    </li>
  );
}
