import { Link } from 'react-router';
import type { InboxConversation } from '@/features/inbox/api/get-inbox';
import { conversationPath } from '@/features/inbox/utils/inbox-state';
import styles from './inbox.module.css';

/** Where an item is: its conversation, which the link opens, and its project. */
export function InboxPlace({ conversation }: { conversation: InboxConversation }) {
  return (
    <span className={styles.place}>
      <Link
        to={conversationPath(conversation)}
        className={styles.conversation}
        data-testid="inbox-item-link"
      >
        {conversation.title}
      </Link>
      <span className={styles.meta}>{conversation.projectName}</span>
    </span>
  );
}
