import { MessageSquare } from 'lucide-react';
import { useParams } from 'react-router';
import { StartConversationButton } from '@/features/conversations/components/start-conversation-button';
import styles from './project.module.css';

/**
 * A project with no conversation open. It offers a new one itself: on a narrow screen the
 * conversation list, with its own "New conversation", is folded away in a drawer.
 */
export function ProjectHomeRoute() {
  const { projectId = '' } = useParams();
  return (
    <div className={styles.home}>
      <MessageSquare size={32} aria-hidden="true" />
      <p>Pick a conversation, or start a new one to talk to Claude Code about this project.</p>
      <StartConversationButton projectId={projectId} data-testid="start-conversation" />
    </div>
  );
}
