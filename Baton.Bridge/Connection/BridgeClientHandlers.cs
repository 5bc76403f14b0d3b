using Baton.Contracts.Bridges;
using Baton.Contracts.Context;
using Baton.Contracts.Files;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Baton.Contracts.Sessions;
using Baton.Contracts.Tasks;
using Baton.Contracts.Workspace;
using Microsoft.AspNetCore.SignalR.Client;

namespace Baton.Bridge.Connection;

/// <summary>
/// Registers a handler for every <see cref="IBridgeClient"/> member on the connection, under the
/// member's wire name: a renamed or retyped member no longer compiles here.
/// </summary>
internal static class BridgeClientHandlers
{
    public static void HandleCallsWith(this HubConnection connection, IBridgeClient client)
    {
        connection.On<ExecuteRunRequest, ExecuteResult>(WireEvents.ClaudeExecute, request => client.Execute(request, CancellationToken.None));
        connection.On<ConfigureRunRequest, ConfigureResult>(WireEvents.ClaudeConfigure, request => client.Configure(request, CancellationToken.None));
        connection.On<SteerRunRequest, ExecuteResult>(WireEvents.ClaudeSteer, request => client.Steer(request, CancellationToken.None));
        connection.On<RunAck>(WireEvents.ClaudeAck, client.Ack);
        connection.On<AbortRunRequest, AckResult>(WireEvents.ClaudeAbort, request => client.Abort(request, CancellationToken.None));
        connection.On<CliPermissionResponse, AckResult>(WireEvents.PermissionResponse, response => client.RespondToPermission(response, CancellationToken.None));
        connection.On<ListRootFilesRequest, FileListing>(WireEvents.FilesList, request => client.ListFiles(request, CancellationToken.None));
        connection.On<ReadRootFileRequest, FileContent>(WireEvents.FilesContent, request => client.ReadFile(request, CancellationToken.None));
        connection.On<BridgeStatusRequest, BridgeStatus>(WireEvents.BridgeHealth, request => client.GetStatus(request, CancellationToken.None));
        connection.On<ContextUsageRequest, ContextUsage>(WireEvents.ContextUsage, request => client.GetContextUsage(request, CancellationToken.None));
        connection.On<StopTaskRequest, AckResult>(WireEvents.TaskStop, request => client.StopTask(request, CancellationToken.None));
        connection.On<WorkspaceRootDiffRequest, WorkspaceDiff>(WireEvents.WorkspaceDiff, request => client.GetWorkspaceDiff(request, CancellationToken.None));
        connection.On<ListLocalSessionsRequest, LocalSessionListing>(WireEvents.SessionsList, request => client.ListSessions(request, CancellationToken.None));
        connection.On<ReadTranscriptRequest, TranscriptPage>(WireEvents.SessionsRead, request => client.ReadTranscript(request, CancellationToken.None));
    }
}
