import { Inbox } from 'lucide-react';
import { NavLink } from 'react-router';
import { useInbox } from '@/features/inbox/api/get-inbox';
import { needsYouCount } from '@/features/inbox/utils/inbox-state';
import styles from './inbox.module.css';

/** The header's way to the inbox, with how many things need the person; a phone shows its icon and count. */
export function InboxLink() {
  const count = needsYouCount(useInbox().data);
  return (
    <NavLink to="/inbox" className={styles.link ?? ''} data-testid="nav-inbox">
      <Inbox size={16} aria-hidden="true" />
      <span className="narrow-visually-hidden">Needs you</span>
      {count > 0 && (
        <span className={styles.count} data-testid="inbox-count">
          {count}
          <span className="visually-hidden"> waiting</span>
        </span>
      )}
    </NavLink>
  );
}
