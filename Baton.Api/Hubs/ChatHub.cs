using Baton.Api.Auth;
using Baton.Api.BackgroundTasks;
using Baton.Api.Bridges;
using Baton.Api.Conversations;
using Baton.Api.Data;
using Baton.Api.LocalSessions;
using Baton.Api.Permissions;
using Baton.Api.Push;
using Baton.Api.Queue;
using Baton.Api.RunOptions;
using Baton.Api.Runs;
using Baton.Api.Telemetry;
using Baton.Contracts.Bridges;
using Baton.Contracts.Chat;
using Baton.Contracts.Context;
using Baton.Contracts.Conversations;
using Baton.Contracts.Errors;
using Baton.Contracts.Files;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Contracts.Queue;
using Baton.Contracts.Runs;
using Baton.Contracts.Tasks;
using Baton.Contracts.Workspace;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Hubs;

/// <summary>
/// <c>/hubs/chat</c>: a signed-in browser. Every call reaches only the caller's own conversations,
/// projects, prompts and bridges; anything else is not found. Payloads are validated and calls rate
/// limited by the hub's filters before a method runs.
/// </summary>
public sealed class ChatHub(
    BatonDbContext db,
    ConversationReplayer replayer,
    MessageSender sender,
    MessageQueue queue,
    QueueSteerer steerer,
    RunAborter aborter,
    PermissionBroker broker,
    RunOptionsChanger runOptions,
    BridgeCalls bridgeCalls,
    TaskStopper taskStopper,
    LocalBrowserConnections browsers,
    RefreshTokenStore sessions,
    ConversationViewers viewers,
    TranscriptSyncs transcriptSyncs,
    RealtimeTelemetry telemetry,
    IHostApplicationLifetime lifetime) : Hub<IChatClient>, IChatHub
{
    private Guid UserId => Context.User!.GetUserId();

    /// <summary>
    /// For what a person did (a message, an answer, a stop, an edit): once received it is carried out even when
    /// the connection drops under it, so the reconnected tab finds it done rather than half refused; only
    /// shutdown stops it.
    /// </summary>
    private CancellationToken Received => lifetime.ApplicationStopping;

    public override async Task OnConnectedAsync()
    {
        browsers.Add(Context);
        // Looked up after the connection is listed, so a sign-out stored meanwhile is either seen here or
        // closes it. A refusal comes first: a connection refused here never reaches OnDisconnectedAsync.
        if (Context.User!.GetSessionId() is { } session && await sessions.IsSignedOutAsync(session, Context.ConnectionAborted))
        {
            browsers.Remove(Context.ConnectionId);
            throw HubErrors.Create(ErrorCodes.Unauthorized, "This session was signed out; sign in again.");
        }

        telemetry.BrowserConnected();
        await Groups.AddToGroupAsync(Context.ConnectionId, Rooms.User(UserId.ToString()), Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        telemetry.BrowserDisconnected();
        browsers.Remove(Context.ConnectionId);
        await viewers.ForgetAsync(UserId, Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    [HubMethodName(WireEvents.ConversationJoin)]
    public async Task<JoinConversationResult> JoinConversation(JoinConversationRequest request)
    {
        var userId = UserId;
        if (!await db.Conversations.AnyAsync(c => c.Id == request.ConversationId && c.OwnerId == userId, Context.ConnectionAborted))
        {
            throw HubErrors.Create(ErrorCodes.NotFound, "The conversation was not found.");
        }

        // The room first: what is stored from now on arrives live while the replay runs.
        await Groups.AddToGroupAsync(Context.ConnectionId, Rooms.Conversation(request.ConversationId), Context.ConnectionAborted);
        var joined = await replayer.ReplayAsync(request.ConversationId, request.AfterSeq, Clients.Caller, Context.ConnectionAborted);
        // Turns a terminal added to the session since are read in the background and arrive as transcript:imported.
        transcriptSyncs.Request(request.ConversationId);
        return joined;
    }

    [HubMethodName(WireEvents.ConversationLeave)]
    public Task LeaveConversation(LeaveConversationRequest request) =>
        Groups.RemoveFromGroupAsync(Context.ConnectionId, Rooms.Conversation(request.ConversationId), Context.ConnectionAborted);

    [HubMethodName(WireEvents.ProjectJoin)]
    public async Task JoinProject(ProjectRoomRequest request)
    {
        var userId = UserId;
        if (!await db.Projects.AnyAsync(p => p.Id == request.ProjectId && p.OwnerId == userId, Context.ConnectionAborted))
        {
            throw HubErrors.Create(ErrorCodes.NotFound, "The project was not found.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, Rooms.Project(request.ProjectId), Context.ConnectionAborted);
    }

    [HubMethodName(WireEvents.ProjectLeave)]
    public Task LeaveProject(ProjectRoomRequest request) =>
        Groups.RemoveFromGroupAsync(Context.ConnectionId, Rooms.Project(request.ProjectId), Context.ConnectionAborted);

    [HubMethodName(WireEvents.ConversationSetRunOptions)]
    public Task<ConversationSummary> SetRunOptions(SetRunOptionsRequest request) =>
        runOptions.ChangeAsync(UserId, request, Received);

    [HubMethodName(WireEvents.ConversationViewing)]
    public Task ReportViewing(ViewingRequest request) =>
        viewers.SetAsync(UserId, Context.ConnectionId, request.ConversationId);

    [HubMethodName(WireEvents.ChatSendMessage)]
    public Task<SendMessageResult> SendMessage(SendMessageRequest request) =>
        sender.SendAsync(UserId, request, Received);

    [HubMethodName(WireEvents.QueueEdit)]
    public Task<QueuedMessage> EditQueuedMessage(EditQueuedMessageRequest request) =>
        queue.EditAsync(UserId, request, Received);

    [HubMethodName(WireEvents.QueueRemove)]
    public Task RemoveQueuedMessage(RemoveQueuedMessageRequest request) =>
        queue.RemoveAsync(UserId, request, Received);

    [HubMethodName(WireEvents.QueueSteer)]
    public Task SteerQueuedMessage(SteerQueuedMessageRequest request) =>
        steerer.SteerAsync(UserId, request, Received);

    [HubMethodName(WireEvents.ClaudeAbort)]
    public Task AbortRun(AbortRunRequest request) =>
        aborter.RequestAsync(UserId, request.RequestId, Received);

    [HubMethodName(WireEvents.PermissionResponse)]
    public Task RespondToPermission(PermissionResponse request) =>
        broker.AnswerAsync(UserId, request, Received);

    [HubMethodName(WireEvents.FilesList)]
    public Task<FileListing> ListFiles(ListFilesRequest request) =>
        bridgeCalls.ListFilesAsync(UserId, request, Context.ConnectionAborted);

    [HubMethodName(WireEvents.FilesContent)]
    public Task<FileContent> ReadFile(ReadFileRequest request) =>
        bridgeCalls.ReadFileAsync(UserId, request, Context.ConnectionAborted);

    [HubMethodName(WireEvents.BridgeHealth)]
    public Task<BridgeHealth> GetBridgeHealth(BridgeHealthRequest request) =>
        bridgeCalls.GetHealthAsync(UserId, request, Context.ConnectionAborted);

    [HubMethodName(WireEvents.WorkspaceDiff)]
    public Task<WorkspaceDiff> GetWorkspaceDiff(WorkspaceDiffRequest request) =>
        bridgeCalls.GetWorkspaceDiffAsync(UserId, request, Context.ConnectionAborted);

    [HubMethodName(WireEvents.ContextUsage)]
    public Task<ContextUsage> GetContextUsage(ContextUsageRequest request) =>
        bridgeCalls.GetContextUsageAsync(UserId, request, Context.ConnectionAborted);

    [HubMethodName(WireEvents.TaskStop)]
    public Task StopTask(StopTaskRequest request) =>
        taskStopper.StopAsync(UserId, request, Context.ConnectionAborted);
}
