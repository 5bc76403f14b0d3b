// Generated from Baton.Contracts; do not edit. Regenerate from the repository root with:
// dotnet run --project Baton.Contracts.TypeScript

/** A JSON value produced by the Claude Code CLI, passed through unchanged. */
export type CliJson = unknown;

/** The paths of the hubs. */
export const HubPaths = {
  bridge: '/hubs/bridge',
  chat: '/hubs/chat',
} as const;

/** The names of the methods and events of the chat hub, exactly as on the wire. */
export const WireEvents = {
  bridgeConnect: 'bridge:connect',
  bridgeDisconnect: 'bridge:disconnect',
  bridgeHealth: 'bridge:health',
  chatAborted: 'chat:aborted',
  chatError: 'chat:error',
  chatMessageComplete: 'chat:message-complete',
  chatSendMessage: 'chat:send-message',
  chatStreamBatch: 'chat:stream-batch',
  chatStreamResponse: 'chat:stream-response',
  claudeAbort: 'claude:abort',
  contextUsage: 'context:usage',
  conversationCreated: 'conversation:created',
  conversationDeleted: 'conversation:deleted',
  conversationJoin: 'conversation:join',
  conversationLeave: 'conversation:leave',
  conversationSetRunOptions: 'conversation:set-run-options',
  conversationUpdated: 'conversation:updated',
  conversationViewing: 'conversation:viewing',
  filesContent: 'files:content',
  filesList: 'files:list',
  inboxChanged: 'inbox:changed',
  interactivePrompt: 'interactive_prompt',
  permissionResolved: 'permission:resolved',
  permissionResponse: 'permission:response',
  projectJoin: 'project:join',
  projectLeave: 'project:leave',
  queueChanged: 'queue:changed',
  queueEdit: 'queue:edit',
  queueRemove: 'queue:remove',
  queueSteer: 'queue:steer',
  taskStop: 'task:stop',
  transcriptImported: 'transcript:imported',
  workspaceDiff: 'workspace:diff',
} as const;

/** The codes of failed hub calls and of `chat:error`. */
export const ErrorCodes = {
  binaryFile: 'binary_file',
  bridgeBusy: 'bridge_busy',
  bridgeDisconnected: 'bridge_disconnected',
  bridgeTimeout: 'bridge_timeout',
  bridgeUnavailable: 'bridge_unavailable',
  bypassNotAllowed: 'bypass_not_allowed',
  cliAuthFailed: 'cli_auth_failed',
  cliFailed: 'cli_failed',
  cliNotFound: 'cli_not_found',
  fileTooLarge: 'file_too_large',
  internal: 'internal',
  invalidAnswer: 'invalid_answer',
  invalidRequest: 'invalid_request',
  notFound: 'not_found',
  outsideRoot: 'outside_root',
  promptAlreadyAnswered: 'prompt_already_answered',
  promptExpired: 'prompt_expired',
  promptNotFound: 'prompt_not_found',
  queuedMessageNotFound: 'queued_message_not_found',
  queuedMessageStarted: 'queued_message_started',
  rateLimited: 'rate_limited',
  runInProgress: 'run_in_progress',
  taskNotFound: 'task_not_found',
  unauthorized: 'unauthorized',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/** A browser connection's budget of hub calls, beyond which the hub refuses them with `rate_limited`. */
export const ChatCallBudget = {
  burst: 20,
  perSecond: 10,
} as const;

/** What the browser invokes on the chat hub: the request it sends and the result it gets. */
export type ChatHubMethods = {
  'bridge:health': {
    request: BridgeHealthRequest;
    result: BridgeHealth;
  };
  'chat:send-message': {
    request: SendMessageRequest;
    result: SendMessageResult;
  };
  'claude:abort': {
    request: AbortRunRequest;
    result: undefined;
  };
  'context:usage': {
    request: ContextUsageRequest;
    result: ContextUsage;
  };
  'conversation:join': {
    request: JoinConversationRequest;
    result: JoinConversationResult;
  };
  'conversation:leave': {
    request: LeaveConversationRequest;
    result: undefined;
  };
  'conversation:set-run-options': {
    request: SetRunOptionsRequest;
    result: ConversationSummary;
  };
  'conversation:viewing': {
    request: ViewingRequest;
    result: undefined;
  };
  'files:content': {
    request: ReadFileRequest;
    result: FileContent;
  };
  'files:list': {
    request: ListFilesRequest;
    result: FileListing;
  };
  'permission:response': {
    request: PermissionResponse;
    result: undefined;
  };
  'project:join': {
    request: ProjectRoomRequest;
    result: undefined;
  };
  'project:leave': {
    request: ProjectRoomRequest;
    result: undefined;
  };
  'queue:edit': {
    request: EditQueuedMessageRequest;
    result: QueuedMessage;
  };
  'queue:remove': {
    request: RemoveQueuedMessageRequest;
    result: undefined;
  };
  'queue:steer': {
    request: SteerQueuedMessageRequest;
    result: undefined;
  };
  'task:stop': {
    request: StopTaskRequest;
    result: undefined;
  };
  'workspace:diff': {
    request: WorkspaceDiffRequest;
    result: WorkspaceDiff;
  };
};

/** The events of a conversation's log: each carries the conversation's seq, and catch-up replays them. */
export const ConversationEventNames = {
  chatAborted: 'chat:aborted',
  chatError: 'chat:error',
  chatMessageComplete: 'chat:message-complete',
  chatStreamResponse: 'chat:stream-response',
  interactivePrompt: 'interactive_prompt',
  permissionResolved: 'permission:resolved',
  transcriptImported: 'transcript:imported',
} as const;

export type ConversationEventName =
  (typeof ConversationEventNames)[keyof typeof ConversationEventNames];

/** What the API sends to browsers on the chat hub, by event name. */
export type ChatClientEvents = {
  'bridge:connect': BridgePresence;
  'bridge:disconnect': BridgePresence;
  'chat:aborted': ChatAborted;
  'chat:error': ChatError;
  'chat:message-complete': ChatMessageComplete;
  'chat:stream-batch': ChatStreamBatch;
  'chat:stream-response': ChatStreamResponse;
  'conversation:created': ConversationChanged;
  'conversation:deleted': ConversationChanged;
  'conversation:updated': ConversationChanged;
  'inbox:changed': InboxChanged;
  interactive_prompt: InteractivePrompt;
  'permission:resolved': PermissionResolved;
  'queue:changed': QueueChanged;
  'transcript:imported': TranscriptImported;
};

export type AbortRunRequest = {
  requestId: string;
};

export type AttachmentBlock = {
  type: 'attachment';
  parentToolUseId?: string | null;
  cliMessageId?: string | null;
  index?: number | null;
  streaming?: boolean | null;
  id: string;
  name: string;
  mediaType: string;
  size: number;
};

export type BackgroundTaskDetails = {
  taskId: string;
  toolUseId?: string | null;
  taskType?: string | null;
  description?: string | null;
  status?: string | null;
  summary?: string | null;
};

export type BlockCompleteEvent = {
  kind: 'block_complete';
  parentToolUseId?: string | null;
  cliMessageId: string;
  index: number;
  block: MessageBlock;
};

export type BlockStartEvent = {
  kind: 'block_start';
  parentToolUseId?: string | null;
  cliMessageId: string;
  index: number;
  blockType: BlockType;
  toolUseId?: string | null;
  name?: string | null;
};

export type BlockType = 'text' | 'thinking' | 'tool_use';

export type BridgeHealth = {
  bridgeId: string;
  name: string;
  online: boolean;
  status?: BridgeStatus | null;
};

export type BridgeHealthRequest = {
  projectId: string;
};

export type BridgePresence = {
  bridgeId: string;
  name: string;
};

export type BridgeStatus = {
  name: string;
  cliFound: boolean;
  cliVersion?: string | null;
  installHint?: string | null;
  demo: boolean;
  bypassAllowed: boolean;
  activeRuns: number;
  uptimeSeconds: number;
  models?: ModelChoice[] | null;
};

export type ChatAborted = {
  conversationId: string;
  seq: number;
  requestId: string;
};

export type ChatError = {
  conversationId: string;
  seq: number;
  requestId: string;
  code: string;
  message: string;
};

export type ChatMessageComplete = {
  conversationId: string;
  seq: number;
  requestId: string;
  messageId: string;
  sessionId: string;
  isError: boolean;
  usage: CliJson;
  costUsd: number;
  durationMs: number;
};

export type ChatStreamBatch = {
  conversationId: string;
  responses: ChatStreamResponse[];
};

export type ChatStreamResponse = {
  conversationId: string;
  seq: number;
  requestId?: string | null;
  messageId?: string | null;
  event: StreamEvent;
};

export type ContextUsage = {
  live: boolean;
  usedTokens: number;
  windowTokens: number;
  autoCompactTokens?: number | null;
};

export type ContextUsageRequest = {
  conversationId: string;
};

export type ConversationChanged = {
  projectId: string;
  conversation: ConversationSummary;
};

export type ConversationSummary = {
  id: string;
  projectId: string;
  title: string;
  permissionMode: PermissionMode;
  model?: string | null;
  effort?: string | null;
  createdAt: string;
  updatedAt: string;
};

export type DiffHunk = {
  oldStart: number;
  newStart: number;
  lines: string[];
};

export type EditQueuedMessageRequest = {
  queuedMessageId: string;
  content: string;
};

export type ErrorBlock = {
  type: 'error';
  parentToolUseId?: string | null;
  cliMessageId?: string | null;
  index?: number | null;
  streaming?: boolean | null;
  code: string;
  message: string;
};

export type FileContent = {
  path: string;
  content: string;
  size: number;
  modifiedAt: string;
};

export type FileEntry = {
  path: string;
  name: string;
  kind: FileKind;
  size: number;
  modifiedAt: string;
};

export type FileKind = 'file' | 'directory';

export type FileListing = {
  entries: FileEntry[];
  truncated: boolean;
};

export type ImportedMessage = {
  id: string;
  role: ImportedMessageRole;
  content: MessageBlock[];
  createdAt: string;
};

export type ImportedMessageRole = 'user' | 'assistant';

export type InboxChanged = {
  conversationId: string;
};

export type InteractivePrompt = {
  conversationId: string;
  seq: number;
  promptId: string;
  requestId: string;
  toolUseId: string;
  toolName: string;
  input: CliJson;
  suggestions: CliJson[];
  expiresAt: string;
};

export type JoinConversationRequest = {
  conversationId: string;
  afterSeq: number;
};

export type JoinConversationResult = {
  lastSeq: number;
  activeRequestId?: string | null;
  queue: QueueChanged;
};

export type LeaveConversationRequest = {
  conversationId: string;
};

export type ListFilesRequest = {
  projectId: string;
  path?: string | null;
  query?: string | null;
};

export type MessageBlock =
  | AttachmentBlock
  | ErrorBlock
  | NoticeBlock
  | OtherBlock
  | PermissionBlock
  | SteeredMessageBlock
  | TextBlock
  | ThinkingBlock
  | ToolResultBlock
  | ToolUseBlock;

export type ModelChoice = {
  value: string;
  displayName: string;
  description?: string | null;
};

export type NoticeBlock = {
  type: 'notice';
  parentToolUseId?: string | null;
  cliMessageId?: string | null;
  index?: number | null;
  streaming?: boolean | null;
  subtype: string;
  retry?: RetryDetails | null;
  task?: BackgroundTaskDetails | null;
};

export type OtherBlock = {
  type: 'other';
  parentToolUseId?: string | null;
  cliMessageId?: string | null;
  index?: number | null;
  streaming?: boolean | null;
  cliType: string;
  raw: CliJson;
};

export type OtherEvent = {
  kind: 'other';
  parentToolUseId?: string | null;
  line: CliJson;
};

export type PermissionBlock = {
  type: 'permission';
  parentToolUseId?: string | null;
  cliMessageId?: string | null;
  index?: number | null;
  streaming?: boolean | null;
  promptId: string;
  toolName: string;
  toolUseId: string;
  input: CliJson;
  suggestions: CliJson[];
  expiresAt: string;
  decision?: PermissionDecision | null;
  by?: ResolvedBy | null;
  answers?: QuestionAnswer[] | null;
  mode?: PermissionMode | null;
};

export type PermissionDecision = 'allow' | 'allow_always' | 'deny';

export type PermissionMode = 'default' | 'acceptEdits' | 'plan' | 'bypassPermissions';

export type PermissionResolved = {
  conversationId: string;
  seq: number;
  promptId: string;
  decision: PermissionDecision;
  by: ResolvedBy;
  mode?: PermissionMode | null;
  answers?: QuestionAnswer[] | null;
};

export type PermissionResponse = {
  promptId: string;
  decision: PermissionDecision;
  message?: string | null;
  updatedInput?: CliJson;
  suggestionIndexes?: number[] | null;
  interrupt?: boolean | null;
  mode?: PermissionMode | null;
};

export type ProjectRoomRequest = {
  projectId: string;
};

export type QuestionAnswer = {
  question: string;
  answer: string;
};

export type QueueChanged = {
  conversationId: string;
  revision: number;
  messages: QueuedMessage[];
};

export type QueuedMessage = {
  id: string;
  conversationId: string;
  content: string;
  attachmentIds: string[];
  createdAt: string;
  updatedAt: string;
};

export type ReadFileRequest = {
  projectId: string;
  path: string;
};

export type RemoveQueuedMessageRequest = {
  queuedMessageId: string;
};

export type ResolvedBy = 'user' | 'rule' | 'expiry' | 'cancelled';

export type RetryDetails = {
  attempt: number;
  maxRetries: number;
  errorStatus?: number | null;
  error?: string | null;
};

export type SendMessageRequest = {
  conversationId: string;
  clientMessageId: string;
  content: string;
  attachmentIds: string[];
  permissionMode?: PermissionMode | null;
  model?: string | null;
};

export type SendMessageResult = {
  requestId?: string | null;
  userMessageId?: string | null;
  assistantMessageId?: string | null;
  queued?: QueuedMessage | null;
};

export type SetRunOptionsRequest = {
  conversationId: string;
  permissionMode?: PermissionMode | null;
  model?: string | null;
  effort?: string | null;
};

export type SteerQueuedMessageRequest = {
  queuedMessageId: string;
};

export type SteeredMessageBlock = {
  type: 'steered';
  parentToolUseId?: string | null;
  cliMessageId?: string | null;
  index?: number | null;
  streaming?: boolean | null;
  text: string;
};

export type SteeredMessageEvent = {
  kind: 'steered_message';
  parentToolUseId?: string | null;
  content: string;
};

export type StopTaskRequest = {
  conversationId: string;
  taskId: string;
};

export type StreamEvent =
  | BlockCompleteEvent
  | BlockStartEvent
  | OtherEvent
  | SteeredMessageEvent
  | SystemEvent
  | TextDeltaEvent
  | ThinkingDeltaEvent
  | ToolInputDeltaEvent
  | ToolResultEvent
  | UserMessageEvent;

export type SystemEvent = {
  kind: 'system';
  parentToolUseId?: string | null;
  subtype: string;
  sessionId?: string | null;
  model?: string | null;
  tools?: string[] | null;
  permissionMode?: string | null;
  raw?: CliJson;
};

export type TextBlock = {
  type: 'text';
  parentToolUseId?: string | null;
  cliMessageId?: string | null;
  index?: number | null;
  streaming?: boolean | null;
  text: string;
};

export type TextDeltaEvent = {
  kind: 'text_delta';
  parentToolUseId?: string | null;
  cliMessageId: string;
  index: number;
  text: string;
};

export type ThinkingBlock = {
  type: 'thinking';
  parentToolUseId?: string | null;
  cliMessageId?: string | null;
  index?: number | null;
  streaming?: boolean | null;
  thinking: string;
};

export type ThinkingDeltaEvent = {
  kind: 'thinking_delta';
  parentToolUseId?: string | null;
  cliMessageId: string;
  index: number;
  text: string;
};

export type ToolInputDeltaEvent = {
  kind: 'tool_input_delta';
  parentToolUseId?: string | null;
  cliMessageId: string;
  index: number;
  partialJson: string;
};

export type ToolResultBlock = {
  type: 'tool_result';
  parentToolUseId?: string | null;
  cliMessageId?: string | null;
  index?: number | null;
  streaming?: boolean | null;
  toolUseId: string;
  content: CliJson;
  isError: boolean;
  toolUseResult?: CliJson;
};

export type ToolResultEvent = {
  kind: 'tool_result';
  parentToolUseId?: string | null;
  toolUseId: string;
  content: CliJson;
  isError: boolean;
  toolUseResult?: CliJson;
};

export type ToolUseBlock = {
  type: 'tool_use';
  parentToolUseId?: string | null;
  cliMessageId?: string | null;
  index?: number | null;
  streaming?: boolean | null;
  id: string;
  name: string;
  input?: CliJson;
  partialJson?: string | null;
};

export type TranscriptImported = {
  conversationId: string;
  seq: number;
  messages: ImportedMessage[];
};

export type UserMessageEvent = {
  kind: 'user_message';
  parentToolUseId?: string | null;
  clientMessageId: string;
  content: string;
  attachments: AttachmentBlock[];
};

export type ViewingRequest = {
  conversationId?: string | null;
};

export type WorkspaceDiff = {
  state: WorkspaceDiffState;
  branch?: string | null;
  files: WorkspaceFileChange[];
  truncated: boolean;
};

export type WorkspaceDiffRequest = {
  projectId: string;
};

export type WorkspaceDiffState = 'repository' | 'not_a_repository' | 'git_missing';

export type WorkspaceFileChange = {
  path: string;
  oldPath?: string | null;
  status: WorkspaceFileStatus;
  staged: DiffHunk[];
  unstaged: DiffHunk[];
  binary: boolean;
};

export type WorkspaceFileStatus =
  'modified' | 'added' | 'deleted' | 'renamed' | 'untracked' | 'conflicted';
