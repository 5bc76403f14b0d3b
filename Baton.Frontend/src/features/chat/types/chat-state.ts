import type {
  ChatClientEvents,
  CliJson,
  ConversationEventName,
  MessageBlock,
  PermissionDecision,
  PermissionMode,
  QuestionAnswer,
  ResolvedBy,
} from '@/lib/realtime/contract.generated';

export type ConversationEvent = {
  [K in ConversationEventName]: { type: K; payload: ChatClientEvents[K] };
}[ConversationEventName];

export type RunStatus = 'streaming' | 'completed' | 'failed' | 'aborted';

export type RunFigures = {
  durationMs: number | null;
  costUsd: number | null;
  usage: CliJson;
  isError: boolean;
};

export type Attachment = {
  id: string;
  fileName: string | undefined;
  mediaType: string | undefined;
};

export type UserChatMessage = {
  role: 'user';
  key: string;
  id: string | undefined;
  requestId: string | undefined;
  clientMessageId: string | undefined;
  text: string;
  attachments: Attachment[];
  // Sent from this tab and not yet confirmed by the server.
  pending: boolean;
  failure: { code: string | undefined; text: string } | undefined;
};

export type AssistantChatMessage = {
  role: 'assistant';
  key: string;
  id: string | undefined;
  requestId: string | undefined;
  // The blocks history stores, folded live the same way (`state/fold-message.ts`).
  blocks: MessageBlock[];
  status: RunStatus;
  figures: RunFigures | undefined;
};

export type ChatMessage = UserChatMessage | AssistantChatMessage;

export type PromptState = {
  promptId: string;
  requestId: string;
  toolUseId: string;
  toolName: string;
  input: CliJson;
  suggestions: CliJson[];
  expiresAt: string;
  // The mode an allow switched to (a plan's approval), null when none; the answers travel with the
  // resolution of Claude's questions (AskUserQuestion).
  resolution:
    | {
        decision: PermissionDecision;
        by: ResolvedBy;
        mode: PermissionMode | null;
        answers?: QuestionAnswer[] | null | undefined;
      }
    | undefined;
};

export type ChatState = {
  // Every event up to this seq has been applied, none missing.
  lastSeq: number;
  // Events that arrived ahead of a missing seq, applied once the gap is filled.
  buffered: ReadonlyMap<number, ConversationEvent>;
  order: readonly string[];
  messages: Readonly<Record<string, ChatMessage>>;
  prompts: Readonly<Record<string, PromptState>>;
  activeRequestId: string | null;
  // Lookups kept beside `messages`: assistant message by run, user message by client id.
  assistantKeyByRequest: Readonly<Record<string, string>>;
  userKeyByClientMessageId: Readonly<Record<string, string>>;
  keyByMessageId: Readonly<Record<string, string>>;
  // History older than the first message in `order` remains on the server.
  hasOlder: boolean;
  // How many messages older pages put before the first page: lets a list keep its place.
  prepended: number;
};
