import { MessageSquare } from 'lucide-react';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { NavLink } from 'react-router';
import {
  useConversations,
  type Conversation,
} from '@/features/conversations/api/get-conversations';
import { useExportConversation } from '@/features/conversations/api/export-conversation';
import { useUpdateConversation } from '@/features/conversations/api/update-conversation';
import { ConversationActions } from '@/features/conversations/components/conversation-actions';
import { StartConversationButton } from '@/features/conversations/components/start-conversation-button';
import { TerminalCommandDialog } from '@/features/conversations/components/terminal-command-dialog';
import { useConversationLiveUpdates } from '@/features/conversations/hooks/use-conversation-live-updates';
import styles from './conversation-sidebar.module.css';

type ConversationSidebarProps = {
  projectId: string;
  onNavigate?: () => void;
  /** More ways to start a conversation, shown under "New conversation". */
  startActions?: ReactNode;
};

export function ConversationSidebar({
  projectId,
  onNavigate,
  startActions,
}: ConversationSidebarProps) {
  useConversationLiveUpdates(projectId);
  const conversations = useConversations(projectId);
  const [showArchived, setShowArchived] = useState(false);
  const all = conversations.data?.pages.flatMap((page) => page.items) ?? [];
  const shown = all.filter((conversation) => (conversation.status === 'archived') === showArchived);

  return (
    <nav className={styles.sidebar} aria-label="Conversations">
      <StartConversationButton
        projectId={projectId}
        onStarted={onNavigate}
        data-testid="new-conversation"
      />
      {startActions}
      {conversations.isPending && <p className={styles.note}>Loading…</p>}
      {conversations.isError && <p role="alert">{conversations.error.message}</p>}
      <ul className={styles.list} data-testid="conversation-list">
        {shown.map((conversation) => (
          <ConversationItem
            key={conversation.id}
            projectId={projectId}
            conversation={conversation}
            onNavigate={onNavigate}
          />
        ))}
      </ul>
      {conversations.data !== undefined && shown.length === 0 && (
        <p className={styles.note}>
          {showArchived ? 'No archived conversations.' : 'No conversations yet.'}
        </p>
      )}
      {conversations.hasNextPage && (
        <button
          type="button"
          className={styles.more}
          disabled={conversations.isFetchingNextPage}
          onClick={() => void conversations.fetchNextPage()}
        >
          {conversations.isFetchingNextPage ? 'Loading…' : 'Show older conversations'}
        </button>
      )}
      <label className={styles.toggle}>
        <input
          type="checkbox"
          checked={showArchived}
          onChange={(event) => {
            setShowArchived(event.target.checked);
          }}
        />
        Show archived
      </label>
    </nav>
  );
}

type ConversationItemProps = {
  projectId: string;
  conversation: Conversation;
  onNavigate: (() => void) | undefined;
};

function ConversationItem({ projectId, conversation, onNavigate }: ConversationItemProps) {
  const update = useUpdateConversation(projectId);
  const exporting = useExportConversation();
  const [renaming, setRenaming] = useState(false);
  const [inTerminal, setInTerminal] = useState(false);
  const [title, setTitle] = useState(conversation.title);
  const archived = conversation.status === 'archived';

  const rename = (event: SyntheticEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed !== '' && trimmed !== conversation.title) {
      update.mutate({ id: conversation.id, title: trimmed });
    }
    setRenaming(false);
  };

  return (
    <li
      className={styles.item}
      data-testid="conversation-item"
      data-conversation-id={conversation.id}
    >
      {renaming ? (
        <form onSubmit={rename} className={styles.renameForm}>
          <input
            aria-label="Conversation title"
            value={title}
            maxLength={200}
            autoFocus
            onChange={(event) => {
              setTitle(event.target.value);
            }}
            onBlur={rename}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                setTitle(conversation.title);
                setRenaming(false);
              }
            }}
            data-testid="conversation-title-input"
          />
        </form>
      ) : (
        <NavLink
          to={`/projects/${projectId}/c/${conversation.id}`}
          className={({ isActive }) => (isActive ? `${styles.link} ${styles.active}` : styles.link)}
          onClick={onNavigate}
          data-testid="conversation-link"
        >
          <MessageSquare size={14} aria-hidden="true" />
          <span className={styles.title}>{conversation.title}</span>
        </NavLink>
      )}
      <ConversationActions
        title={conversation.title}
        archived={archived}
        onRename={() => {
          setTitle(conversation.title);
          setRenaming(true);
        }}
        onToggleArchived={() => {
          update.mutate({ id: conversation.id, status: archived ? 'active' : 'archived' });
        }}
        onExport={(format) => {
          exporting.mutate({ id: conversation.id, format });
        }}
        onContinueInTerminal={() => {
          setInTerminal(true);
        }}
      />
      {inTerminal && (
        <TerminalCommandDialog
          conversationId={conversation.id}
          title={conversation.title}
          onClose={() => {
            setInTerminal(false);
          }}
        />
      )}
      {exporting.isError && (
        <p role="alert" className={styles.failure} data-testid="conversation-export-failed">
          The conversation could not be exported: {exporting.error.message}
        </p>
      )}
    </li>
  );
}
