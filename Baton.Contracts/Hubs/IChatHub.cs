using Baton.Contracts.Bridges;
using Baton.Contracts.Chat;
using Baton.Contracts.Context;
using Baton.Contracts.Conversations;
using Baton.Contracts.Files;
using Baton.Contracts.Permissions;
using Baton.Contracts.Queue;
using Baton.Contracts.Runs;
using Baton.Contracts.Tasks;
using Baton.Contracts.Workspace;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Contracts.Hubs;

/// <summary>
/// What a browser invokes on <see cref="HubPaths.Chat"/>. Failures are thrown as
/// <see cref="HubException"/>s made by <see cref="Errors.HubErrors.Create"/>.
/// </summary>
/// <remarks>
/// SignalR reads <c>[HubMethodName]</c> from the hub class's own methods, not from this
/// interface: the hub repeats each attribute with the same <see cref="WireEvents"/> constant.
/// </remarks>
public interface IChatHub
{
    [HubMethodName(WireEvents.ConversationJoin)]
    Task<JoinConversationResult> JoinConversation(JoinConversationRequest request);

    [HubMethodName(WireEvents.ConversationLeave)]
    Task LeaveConversation(LeaveConversationRequest request);

    [HubMethodName(WireEvents.ProjectJoin)]
    Task JoinProject(ProjectRoomRequest request);

    [HubMethodName(WireEvents.ProjectLeave)]
    Task LeaveProject(ProjectRoomRequest request);

    [HubMethodName(WireEvents.ConversationSetRunOptions)]
    Task<ConversationSummary> SetRunOptions(SetRunOptionsRequest request);

    [HubMethodName(WireEvents.ConversationViewing)]
    Task ReportViewing(ViewingRequest request);

    [HubMethodName(WireEvents.ChatSendMessage)]
    Task<SendMessageResult> SendMessage(SendMessageRequest request);

    [HubMethodName(WireEvents.QueueEdit)]
    Task<QueuedMessage> EditQueuedMessage(EditQueuedMessageRequest request);

    [HubMethodName(WireEvents.QueueRemove)]
    Task RemoveQueuedMessage(RemoveQueuedMessageRequest request);

    [HubMethodName(WireEvents.QueueSteer)]
    Task SteerQueuedMessage(SteerQueuedMessageRequest request);

    [HubMethodName(WireEvents.ClaudeAbort)]
    Task AbortRun(AbortRunRequest request);

    [HubMethodName(WireEvents.PermissionResponse)]
    Task RespondToPermission(PermissionResponse request);

    [HubMethodName(WireEvents.FilesList)]
    Task<FileListing> ListFiles(ListFilesRequest request);

    [HubMethodName(WireEvents.FilesContent)]
    Task<FileContent> ReadFile(ReadFileRequest request);

    [HubMethodName(WireEvents.BridgeHealth)]
    Task<BridgeHealth> GetBridgeHealth(BridgeHealthRequest request);

    [HubMethodName(WireEvents.WorkspaceDiff)]
    Task<WorkspaceDiff> GetWorkspaceDiff(WorkspaceDiffRequest request);

    [HubMethodName(WireEvents.ContextUsage)]
    Task<ContextUsage> GetContextUsage(ContextUsageRequest request);

    [HubMethodName(WireEvents.TaskStop)]
    Task StopTask(StopTaskRequest request);
}
