using Baton.Contracts.Bridges;
using Baton.Contracts.Context;
using Baton.Contracts.Files;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Baton.Contracts.Sessions;
using Baton.Contracts.Tasks;
using Baton.Contracts.Workspace;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Contracts.Hubs;

/// <summary>
/// What the API sends to a bridge (the typed client of the bridge hub). Methods returning a
/// result are client-result calls: call them on one connection only, always with a token that
/// times out (<see cref="BatonDefaults.ClientResultTimeout"/>), since SignalR has no default timeout.
/// </summary>
public interface IBridgeClient
{
    [HubMethodName(WireEvents.ClaudeExecute)]
    Task<ExecuteResult> Execute(ExecuteRunRequest request, CancellationToken cancellationToken);

    [HubMethodName(WireEvents.ClaudeConfigure)]
    Task<ConfigureResult> Configure(ConfigureRunRequest request, CancellationToken cancellationToken);

    [HubMethodName(WireEvents.ClaudeSteer)]
    Task<ExecuteResult> Steer(SteerRunRequest request, CancellationToken cancellationToken);

    [HubMethodName(WireEvents.ClaudeAck)]
    Task Ack(RunAck ack);

    [HubMethodName(WireEvents.ClaudeAbort)]
    Task<AckResult> Abort(AbortRunRequest request, CancellationToken cancellationToken);

    [HubMethodName(WireEvents.PermissionResponse)]
    Task<AckResult> RespondToPermission(CliPermissionResponse response, CancellationToken cancellationToken);

    [HubMethodName(WireEvents.FilesList)]
    Task<FileListing> ListFiles(ListRootFilesRequest request, CancellationToken cancellationToken);

    [HubMethodName(WireEvents.FilesContent)]
    Task<FileContent> ReadFile(ReadRootFileRequest request, CancellationToken cancellationToken);

    [HubMethodName(WireEvents.BridgeHealth)]
    Task<BridgeStatus> GetStatus(BridgeStatusRequest request, CancellationToken cancellationToken);

    [HubMethodName(WireEvents.WorkspaceDiff)]
    Task<WorkspaceDiff> GetWorkspaceDiff(WorkspaceRootDiffRequest request, CancellationToken cancellationToken);

    [HubMethodName(WireEvents.ContextUsage)]
    Task<ContextUsage> GetContextUsage(ContextUsageRequest request, CancellationToken cancellationToken);

    [HubMethodName(WireEvents.TaskStop)]
    Task<AckResult> StopTask(StopTaskRequest request, CancellationToken cancellationToken);

    [HubMethodName(WireEvents.SessionsList)]
    Task<LocalSessionListing> ListSessions(ListLocalSessionsRequest request, CancellationToken cancellationToken);

    [HubMethodName(WireEvents.SessionsRead)]
    Task<TranscriptPage> ReadTranscript(ReadTranscriptRequest request, CancellationToken cancellationToken);
}
