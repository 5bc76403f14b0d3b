namespace Baton.Contracts.Hubs;

/// <summary>
/// Every event and method name on the wire (DESIGN §2), written once. The hub interfaces'
/// <c>[HubMethodName]</c> attributes and the generated TypeScript read them from here.
/// </summary>
public static class WireEvents
{
    // Browser <-> API (/hubs/chat)
    public const string ConversationJoin = "conversation:join";
    public const string ConversationLeave = "conversation:leave";
    public const string ProjectJoin = "project:join";
    public const string ProjectLeave = "project:leave";
    public const string ChatSendMessage = "chat:send-message";
    public const string ChatStreamResponse = "chat:stream-response";
    public const string ChatStreamBatch = "chat:stream-batch";
    public const string ChatMessageComplete = "chat:message-complete";
    public const string ChatError = "chat:error";
    public const string ChatAborted = "chat:aborted";
    public const string InteractivePrompt = "interactive_prompt";
    public const string PermissionResolved = "permission:resolved";
    public const string ConversationCreated = "conversation:created";
    public const string ConversationUpdated = "conversation:updated";
    public const string ConversationDeleted = "conversation:deleted";
    public const string ConversationSetRunOptions = "conversation:set-run-options";
    public const string ConversationViewing = "conversation:viewing";
    public const string BridgeDisconnect = "bridge:disconnect";
    public const string InboxChanged = "inbox:changed";
    public const string QueueChanged = "queue:changed";
    public const string QueueEdit = "queue:edit";
    public const string QueueRemove = "queue:remove";
    public const string QueueSteer = "queue:steer";
    public const string TranscriptImported = "transcript:imported";

    // Used on both hubs, with a payload per hub.
    public const string BridgeConnect = "bridge:connect";
    public const string ClaudeAbort = "claude:abort";
    public const string PermissionResponse = "permission:response";
    public const string FilesList = "files:list";
    public const string FilesContent = "files:content";
    public const string BridgeHealth = "bridge:health";
    public const string WorkspaceDiff = "workspace:diff";
    public const string ContextUsage = "context:usage";
    public const string TaskStop = "task:stop";

    // Bridge <-> API (/hubs/bridge)
    public const string ClaudeExecute = "claude:execute";
    public const string ClaudeConfigure = "claude:configure";
    public const string ClaudeSteer = "claude:steer";
    public const string ClaudeStream = "claude:stream";
    public const string ClaudeAck = "claude:ack";
    public const string ClaudeComplete = "claude:complete";
    public const string ClaudeError = "claude:error";
    public const string ClaudeAborted = "claude:aborted";
    public const string ClaudeCliTurn = "claude:cli-turn";
    public const string PermissionRequest = "permission:request";
    public const string PermissionCancelled = "permission:cancelled";
    public const string SessionsList = "sessions:list";
    public const string SessionsRead = "sessions:read";
}
