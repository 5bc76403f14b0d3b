import { useCallback, useEffect } from 'react';
import type { PermissionMode } from '@/lib/realtime/contract.generated';
import { uploadAttachment } from '@/features/chat/api/upload-attachment';
import type { RespondToPrompt } from '@/features/chat/components/assistant-message';
import { Composer, type ComposerMessage } from '@/features/chat/components/composer';
import { MessageList } from '@/features/chat/components/message-list';
import {
  useConversationSession,
  type SessionLoaders,
} from '@/features/chat/hooks/use-conversation-session';
import type { Attachment } from '@/features/chat/types/chat-state';
import styles from './chat-view.module.css';

type ChatViewProps = {
  conversationId: string;
  projectId: string;
  defaultPermissionMode: PermissionMode;
  defaultModel: string | null;
  bypassAllowed: boolean;
  // Tests hand in their own history and event log.
  loaders?: SessionLoaders;
};

export function ChatView({
  conversationId,
  projectId,
  defaultPermissionMode,
  defaultModel,
  bypassAllowed,
  loaders,
}: ChatViewProps) {
  const { session, snapshot } = useConversationSession(conversationId, loaders);
  const running = snapshot.state.activeRequestId !== null;

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

  const respond = useCallback<RespondToPrompt>(
    (promptId, decision, indexes) => session.respond(promptId, decision, indexes),
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
  const upload = useCallback(
    async (file: File): Promise<Attachment> => {
      const stored = await uploadAttachment(conversationId, file);
      return { id: stored.id, fileName: stored.fileName, mediaType: stored.mediaType };
    },
    [conversationId],
  );

  return (
    <div className={styles.chat} data-testid="chat-view">
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
      {snapshot.phase === 'ready' && (
        <MessageList
          state={snapshot.state}
          older={snapshot.older}
          onLoadOlder={loadOlder}
          onRespond={respond}
          onRetry={retry}
        />
      )}
      <Composer
        key={conversationId}
        projectId={projectId}
        running={running}
        defaultPermissionMode={defaultPermissionMode}
        defaultModel={defaultModel}
        bypassAllowed={bypassAllowed}
        onSend={send}
        onStop={stop}
        onUpload={upload}
      />
    </div>
  );
}
