using System.Diagnostics;
using Baton.Api.Bridges;
using Baton.Api.Hubs;
using Baton.Api.Telemetry;
using Baton.Contracts.Errors;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Baton.Api.Runs;

/// <summary>
/// Drains what bridges connected here sent, in order and in batches: per run, one transaction stores
/// everything new, THEN browsers get the events, THEN the bridge gets <c>claude:ack</c>. A batch the
/// database cannot take now closes the bridge's connection, so it reconnects and sends it again (and so
/// does a batch that arrives after such a gap); one it can never take ends its run.
/// </summary>
public sealed class RunStreamWriter(
    RunStreamQueue queue,
    IServiceScopeFactory scopes,
    RunOutcomePublisher publisher,
    LocalBridgeConnections localBridges,
    IHubContext<BridgeHub, IBridgeClient> bridgeHub,
    RealtimeTelemetry telemetry,
    ILogger<RunStreamWriter> logger) : BackgroundService
{
    private const int MaxMessagesPerDrain = 500;

    // Runs are independent: their transactions overlap their database waits, while each run's own
    // items stay in one task, in order.
    private const int RunsWrittenAtOnce = 8;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var drained = new List<BridgeRunMessage>(MaxMessagesPerDrain);
        while (await queue.Reader.WaitToReadAsync(stoppingToken))
        {
            drained.Clear();
            while (drained.Count < MaxMessagesPerDrain && queue.Reader.TryRead(out var message))
            {
                drained.Add(message);
            }

            // GroupBy keeps each group's own order: a run's items stay in sequence.
            await Parallel.ForEachAsync(
                drained.GroupBy(message => (message.BridgeId, message.ConnectionId, message.RequestId)),
                new ParallelOptions { MaxDegreeOfParallelism = RunsWrittenAtOnce, CancellationToken = stoppingToken },
                (run, cancellationToken) => new ValueTask(WriteAsync(run.Key.BridgeId, run.Key.ConnectionId, run.Key.RequestId, [.. run], cancellationToken)));
        }
    }

    private async Task WriteAsync(Guid bridgeId, string connectionId, Guid runId, IReadOnlyList<BridgeRunMessage> messages, CancellationToken cancellationToken)
    {
        var items = messages.SelectMany(message => ItemsOf(message.Payload)).ToList();
        RecordedBatch? batch;
        using (var activity = RealtimeTelemetry.ActivitySource.StartActivity("run.store-batch"))
        {
            activity?.SetTag("baton.request_id", runId);
            activity?.SetTag("baton.items", items.Count);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                batch = await scope.ServiceProvider.GetRequiredService<RunRecorder>().RecordAsync(bridgeId, runId, items, cancellationToken);
                activity?.SetTag("baton.events", batch?.Events.Count ?? 0);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
                if (IsStoreUnavailable(exception))
                {
                    logger.LogError(exception, "Could not store {Count} items of run {RunId}; closing the bridge's connection so it sends them again", items.Count, runId);
                    CloseConnection(bridgeId, connectionId);
                }
                else
                {
                    // Sending it again would fail the same way, forever: the run ends here instead.
                    logger.LogError(exception, "Items of run {RunId} cannot be stored; failing the run", runId);
                    await FailRunAsync(runId);
                }

                return;
            }
        }

        if (batch is null)
        {
            logger.LogWarning("Bridge {BridgeId} sent items of run {RunId}, which is not one of its runs; ignored", bridgeId, runId);
            return;
        }

        await publisher.PublishAsync(batch);
        telemetry.RecordRelayLatency(Stopwatch.GetElapsedTime(messages[0].ReceivedTimestamp));
        if (items.Any(item => item.BridgeSeq > batch.StoredUpToBridgeSeq))
        {
            // Something before these items was never stored (its batch failed): the bridge sends it all again after reconnecting.
            logger.LogWarning("Run {RunId} skipped past bridgeSeq {StoredUpTo}; closing the bridge's connection so it sends the rest again", runId, batch.StoredUpToBridgeSeq);
            CloseConnection(bridgeId, connectionId);
            return;
        }

        try
        {
            await bridgeHub.Clients.Client(connectionId).Ack(new RunAck(runId, batch.StoredUpToBridgeSeq));
        }
        catch (Exception exception)
        {
            // The bridge keeps what is not acknowledged and sends it again after reconnecting; repeats are dropped.
            logger.LogWarning(exception, "Could not acknowledge run {RunId} to bridge {BridgeId}", runId, bridgeId);
        }
    }

    private static bool IsStoreUnavailable(Exception exception) =>
        exception is RetryLimitExceededException or TimeoutException
        || exception.GetBaseException() is NpgsqlException { IsTransient: true };

    private async Task FailRunAsync(Guid runId)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var recorder = scope.ServiceProvider.GetRequiredService<RunRecorder>();
            if (await recorder.FailAsync(runId, ErrorCodes.Internal, "Baton could not store this run's output.", CancellationToken.None) is { } batch)
            {
                await publisher.PublishAsync(batch);
            }
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not fail run {RunId}", runId);
        }
    }

    private static IEnumerable<RunItem> ItemsOf(object payload) => payload switch
    {
        RunLineBatch batch => batch.Items.Select(line => new RunItem(line.BridgeSeq, line)),
        PermissionRequested request => [new RunItem(request.BridgeSeq, request)],
        PermissionCancelled cancellation => [new RunItem(cancellation.BridgeSeq, cancellation)],
        RunCompleted completion => [new RunItem(completion.BridgeSeq, completion)],
        RunFailed failure => [new RunItem(failure.BridgeSeq, failure)],
        RunAborted abort => [new RunItem(abort.BridgeSeq, abort)],
        _ => [],
    };

    private void CloseConnection(Guid bridgeId, string connectionId)
    {
        if (localBridges.Find(bridgeId) is { } bridge && bridge.Location.ConnectionId == connectionId)
        {
            bridge.Connection.Abort();
        }
    }
}
