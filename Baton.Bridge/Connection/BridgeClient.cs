using Baton.Bridge.Context;
using Baton.Bridge.Files;
using Baton.Bridge.Git;
using Baton.Bridge.Outbox;
using Baton.Bridge.Runs;
using Baton.Bridge.Sessions;
using Baton.Bridge.Status;
using Baton.Bridge.Tasks;
using Baton.Contracts.Bridges;
using Baton.Contracts.Context;
using Baton.Contracts.Files;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Baton.Contracts.Sessions;
using Baton.Contracts.Tasks;
using Baton.Contracts.Workspace;

namespace Baton.Bridge.Connection;

/// <summary>
/// What the bridge does when the API calls it: each <see cref="IBridgeClient"/> member handed to
/// the part of the bridge that answers it. The API's token bounds the API's own wait; the
/// SignalR client gives the bridge's side none, so the tokens here are never cancelled.
/// </summary>
public sealed class BridgeClient(
    RunSupervisor supervisor,
    RunOutbox outbox,
    WorkspaceFiles files,
    WorkspaceGitDiff gitDiff,
    ConversationContext context,
    BackgroundTaskStopper taskStopper,
    LocalTranscripts transcripts,
    BridgeStatusReporter status) : IBridgeClient
{
    public Task<ExecuteResult> Execute(ExecuteRunRequest request, CancellationToken cancellationToken) => supervisor.ExecuteAsync(request);

    public Task<ConfigureResult> Configure(ConfigureRunRequest request, CancellationToken cancellationToken) => supervisor.ConfigureAsync(request);

    public Task<ExecuteResult> Steer(SteerRunRequest request, CancellationToken cancellationToken) => supervisor.SteerAsync(request);

    public Task Ack(RunAck ack)
    {
        outbox.Acknowledge(ack.RequestId, ack.UpToBridgeSeq);
        return Task.CompletedTask;
    }

    public Task<AckResult> Abort(AbortRunRequest request, CancellationToken cancellationToken) => Task.FromResult(supervisor.Abort(request.RequestId));

    public Task<AckResult> RespondToPermission(CliPermissionResponse response, CancellationToken cancellationToken) =>
        supervisor.RespondToPermissionAsync(response);

    public Task<FileListing> ListFiles(ListRootFilesRequest request, CancellationToken cancellationToken) => files.ListAsync(request);

    public Task<FileContent> ReadFile(ReadRootFileRequest request, CancellationToken cancellationToken) => files.ReadAsync(request);

    public Task<BridgeStatus> GetStatus(BridgeStatusRequest request, CancellationToken cancellationToken) => status.ReportAsync();

    public Task<WorkspaceDiff> GetWorkspaceDiff(WorkspaceRootDiffRequest request, CancellationToken cancellationToken) => gitDiff.DiffAsync(request);

    public Task<ContextUsage> GetContextUsage(ContextUsageRequest request, CancellationToken cancellationToken) => context.UsageAsync(request.ConversationId);

    public Task<AckResult> StopTask(StopTaskRequest request, CancellationToken cancellationToken) => taskStopper.StopAsync(request);

    public Task<LocalSessionListing> ListSessions(ListLocalSessionsRequest request, CancellationToken cancellationToken) => transcripts.ListAsync(request);

    public Task<TranscriptPage> ReadTranscript(ReadTranscriptRequest request, CancellationToken cancellationToken) => transcripts.ReadAsync(request);
}
