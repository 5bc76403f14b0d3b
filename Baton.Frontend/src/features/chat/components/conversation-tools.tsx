import { ContextMeter } from '@/features/chat/context/context-meter';
import { ConversationUsage } from '@/features/chat/usage/conversation-usage';
import { WorkspaceChangesButton } from '@/features/chat/workspace/workspace-changes-button';
import styles from './conversation-tools.module.css';

type ConversationToolsProps = {
  conversationId: string;
  projectId: string;
  running: boolean;
};

/**
 * Above the conversation, beside its run choices where there is room: how full its context is, what it has used
 * so far, and the project folder's changes.
 */
export function ConversationTools({ conversationId, projectId, running }: ConversationToolsProps) {
  return (
    <div className={styles.tools}>
      <ContextMeter conversationId={conversationId} running={running} />
      <WorkspaceChangesButton projectId={projectId} />
      <ConversationUsage conversationId={conversationId} running={running} />
    </div>
  );
}
