import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ModelChoice, PermissionMode } from '@/lib/realtime/contract.generated';
import { uploadAttachment } from '@/features/chat/api/upload-attachment';
import type { RespondToPrompt } from '@/features/chat/components/assistant-message';
import { ChatAnnouncer } from '@/features/chat/components/chat-announcer';
import { ConversationTools } from '@/features/chat/components/conversation-tools';
import { Composer, type ComposerMessage } from '@/features/chat/components/composer';
import { MessageList } from '@/features/chat/components/message-list';
import {
  jumpToPromptKey,
  useChatAnnouncements,
} from '@/features/chat/hooks/use-chat-announcements';
import {
  useConversationSession,
  type SessionLoaders,
} from '@/features/chat/hooks/use-conversation-session';
import { useFocusMessage } from '@/features/chat/hooks/use-focus-message';
import { useStickToBottom } from '@/features/chat/hooks/use-stick-to-bottom';
import { BypassAllowedContext } from '@/features/chat/plans/bypass-allowed';
import { QueuedMessages } from '@/features/chat/queue/queued-messages';
import { RunSettingsBar } from '@/features/chat/run-settings/run-settings-bar';
import { runningTodoList } from '@/features/chat/todos/running-todo-list';
import { TodoChecklist } from '@/features/chat/todos/todo-checklist';
import { backgroundTasks } from '@/features/chat/tasks/background-tasks';
import { BackgroundTasksPanel } from '@/features/chat/tasks/background-tasks-panel';
import type { Attachment } from '@/features/chat/types/chat-state';
import styles from './chat-view.module.css';

type ChatViewProps = {
  conversationId: string;
  projectId: string;
  defaultPermissionMode: PermissionMode;
  defaultModel: string | null;
  effort: string | null;
  // The models the bridge's CLI lists; null when it has not said.
  models: ModelChoice[] | null;
  bypassAllowed: boolean;
  // A message to open the conversation at (a search result).
  focusMessageId?: string | undefined;
  // Tests hand in their own history and event log.
  loaders?: SessionLoaders;
};

export function ChatView({
  conversationId,
  projectId,
  defaultPermissionMode,
  defaultModel,
  effort,
  models,
  bypassAllowed,
  focusMessageId,
  loaders,
}: ChatViewProps) {
  const { session, snapshot } = useConversationSession(conversationId, loaders);
  const focus = useFocusMessage(session, snapshot, focusMessageId);
  const running = snapshot.state.activeRequestId !== null;
  const todos = useMemo(() => runningTodoList(snapshot.state), [snapshot.state]);
  const tasks = useMemo(() => backgroundTasks(snapshot.state), [snapshot.state]);
  const follow = useStickToBottom();
  const announcement = useChatAnnouncements(snapshot.state);
  const chat = useRef<HTMLDivElement>(null);
  const { jumpToBottom } = follow;

  const stop = useCallback(() => {
    void session.abort();
  }, [session]);

  useEffect(() => {
    if (!running) {
      return undefined;
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        stop();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [running, stop]);

  // Alt+P goes to the prompt Claude waits on, wherever the reader is in the conversation.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.code !== `Key${jumpToPromptKey}`) {
        return;
      }
      event.preventDefault();
      jumpToBottom();
      focusWhenShown(chat.current, '[data-prompt-id][data-state=pending]');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [jumpToBottom]);

  const respond = useCallback<RespondToPrompt>(
    async (promptId, decision, indexes, answer) => {
      const failure = await session.respond(promptId, decision, indexes, answer);
      if (failure === undefined) {
        // Answered: the reader goes back to where they write.
        chat.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
      }
      return failure;
    },
    [session],
  );
  const retry = useCallback(
    (clientMessageId: string) => {
      void session.retry(clientMessageId);
    },
    [session],
  );
  const loadOlder = useCallback(() => {
    void session.loadOlder();
  }, [session]);
  const send = useCallback(
    (message: ComposerMessage) => {
      void session.send(message);
    },
    [session],
  );
  const editQueued = useCallback(
    (id: string, content: string) => session.editQueued(id, content),
    [session],
  );
  const removeQueued = useCallback((id: string) => session.removeQueued(id), [session]);
  const steerQueued = useCallback((id: string) => session.steerQueued(id), [session]);
  const upload = useCallback(
    async (file: File): Promise<Attachment> => {
      const stored = await uploadAttachment(conversationId, file);
      return { id: stored.id, fileName: stored.fileName, mediaType: stored.mediaType };
    },
    [conversationId],
  );

  return (
    <div ref={chat} className={styles.chat} data-testid="chat-view">
      <ChatAnnouncer text={announcement} />
      <div className={styles.header}>
        <RunSettingsBar
          conversationId={conversationId}
          permissionMode={defaultPermissionMode}
          model={defaultModel}
          effort={effort}
          models={models}
          bypassAllowed={bypassAllowed}
          running={running}
        />
        <ConversationTools
          conversationId={conversationId}
          projectId={projectId}
          running={running}
        />
      </div>
      {snapshot.phase === 'loading' && (
        <p className={styles.status} role="status">
          Loading the conversation…
        </p>
      )}
      {snapshot.phase === 'failed' && (
        <p className={styles.status} role="alert">
          The conversation could not be loaded: {snapshot.loadError}
        </p>
      )}
      {focus.status === 'searching' && (
        <p className={styles.status} role="status">
          Finding the message in earlier history…
        </p>
      )}
      {focus.status === 'missing' && (
        <p className={styles.status} role="alert">
          The message is no longer in this conversation.
        </p>
      )}
      {snapshot.phase === 'ready' && todos !== undefined && <TodoChecklist todos={todos} />}
      {snapshot.phase === 'ready' && (
        <BackgroundTasksPanel conversationId={conversationId} tasks={tasks} />
      )}
      {snapshot.phase === 'ready' && (
        <BypassAllowedContext value={bypassAllowed}>
          <MessageList
            state={snapshot.state}
            older={snapshot.older}
            onLoadOlder={loadOlder}
            onRespond={respond}
            onRetry={retry}
            follow={follow}
            focusKey={focus.status === 'found' ? focus.key : undefined}
          />
        </BypassAllowedContext>
      )}
      {snapshot.phase === 'ready' && (
        <QueuedMessages
          messages={snapshot.queue.messages}
          onEdit={editQueued}
          onRemove={removeQueued}
          onSteer={steerQueued}
        />
      )}
      <Composer
        key={conversationId}
        projectId={projectId}
        running={running}
        onSend={send}
        onStop={stop}
        onUpload={upload}
      />
    </div>
  );
}

// The list renders the prompt a frame or two after it scrolls there.
function focusWhenShown(root: HTMLElement | null, selector: string, framesLeft = 30) {
  const target = root?.querySelector<HTMLElement>(selector);
  if (target !== null && target !== undefined) {
    target.focus();
    return;
  }
  if (framesLeft > 0) {
    requestAnimationFrame(() => {
      focusWhenShown(root, selector, framesLeft - 1);
    });
  }
}
