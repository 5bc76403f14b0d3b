import type {
  ChatClientEvents,
  ChatHubMethods,
  CliJson,
  PermissionMode,
} from '@/lib/realtime/contract.generated';
import type { EventLogPage } from '@/features/chat/api/get-events';
import type { HistoryPage } from '@/features/chat/state/conversation-state';
import type { QueueState } from '@/features/chat/queue/queue-state';
import type { Attachment, ChatState } from '@/features/chat/types/chat-state';

/** What a session needs of the realtime connection. */
export type SessionRealtime = {
  invoke<K extends keyof ChatHubMethods>(
    method: K,
    request: ChatHubMethods[K]['request'],
  ): Promise<ChatHubMethods[K]['result']>;
  on<K extends keyof ChatClientEvents>(
    event: K,
    handler: (payload: ChatClientEvents[K]) => void,
  ): () => void;
  onReconnected(listener: () => void): () => void;
};

export type ConversationSessionDeps = {
  realtime: SessionRealtime;
  loadMessages: (conversationId: string, before?: string) => Promise<HistoryPage>;
  loadEvents: (conversationId: string, afterSeq: number) => Promise<EventLogPage>;
  newClientMessageId?: () => string;
};

export type SessionPhase = 'loading' | 'ready' | 'failed';

/** Where loading the page of messages before the oldest one shown stands. */
export type OlderMessagesStatus = 'idle' | 'loading' | 'failed';

export type SessionSnapshot = {
  phase: SessionPhase;
  loadError: string | undefined;
  older: OlderMessagesStatus;
  state: ChatState;
  // Messages sent while a run was busy, waiting to start.
  queue: QueueState;
};

/**
 * What an answer to a prompt may say besides its decision: the mode a plan's approval continues in,
 * a refusal's feedback, the input with the answers to Claude's questions.
 */
export type PromptAnswer = { mode?: PermissionMode; message?: string; updatedInput?: CliJson };

export type OutgoingMessage = {
  text: string;
  attachments: Attachment[];
};
