using System.Diagnostics;
using Baton.Api.Bridges;
using Baton.Api.Hubs;
using Baton.Api.Telemetry;
using Baton.Contracts.Errors;
using Baton.Contracts.Hubs;
using Baton.Contracts.Runs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Baton.Api.Runs;

/// <summary>
/// Drains what bridges connected here sent, in order and in batches: one transaction stores everything
/// new of every run in the drain, THEN browsers get the events, THEN each bridge gets <c>claude:ack</c>.
/// The busier the API, the more a drain holds, so the cost of a transaction is shared by more events;
/// a second drain of other runs is stored while one waits for its commit (<see cref="DrainScheduler"/>), and the
/// next drains are stored while one is published.
/// A drain the database cannot take now closes the bridges' connections, so they reconnect and send it
/// again (and so does a run's batch that arrives after such a gap); a run whose items it can never take
/// is stored alone, and ends.
/// </summary>
public sealed class RunStreamWriter(
    RunStreamQueue queue,
    IServiceScopeFactory scopes,
    RunOutcomePublisher publisher,
    LocalBridgeConnections localBridges,
    IHubContext<BridgeHub, IBridgeClient> bridgeHub,
    RealtimeTelemetry telemetry,
    TimeProvider time,
    ILogger<RunStreamWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var scheduler = new DrainScheduler(queue.Reader, time);
        // The last drain handed out: each is published only after the one before it, so each run's events reach
        // browsers and bridges in order, while the next drains are being stored.
        var previous = Task.CompletedTask;
        while (await scheduler.NextAsync(stoppingToken) is { } drained)
        {
            previous = DrainAsync(scheduler, drained, previous, stoppingToken);
        }

        await previous;
    }

    private async Task DrainAsync(DrainScheduler scheduler, List<BridgeRunMessage> drained, Task previous, CancellationToken cancellationToken)
    {
        // GroupBy keeps each group's own order: a run's items stay in sequence.
        List<DrainedRun> runs = [.. drained.GroupBy(message => (message.BridgeId, message.RequestId)).Select(DrainedRun.Of)];
        IReadOnlyDictionary<Guid, RecordedBatch>? recorded;
        try
        {
            recorded = await StoreAsync(runs, previous, cancellationToken);
        }
        finally
        {
            scheduler.Stored(drained);
        }

        await previous;
        if (recorded is not null)
        {
            await PublishAllAsync(runs, recorded);
        }
    }

    /// <summary>Stores every run of the drain in one transaction; null when that failed and the runs were dealt with otherwise.</summary>
    private async Task<IReadOnlyDictionary<Guid, RecordedBatch>?> StoreAsync(IReadOnlyList<DrainedRun> runs, Task publishing, CancellationToken cancellationToken)
    {
        using var activity = RealtimeTelemetry.ActivitySource.StartActivity("run.store-batch");
        activity?.SetTag("baton.runs", runs.Count);
        activity?.SetTag("baton.items", runs.Sum(run => run.Write.Items.Count));
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var recorded = await scope.ServiceProvider.GetRequiredService<RunRecorder>().RecordAsync([.. runs.Select(run => run.Write)], cancellationToken);
            activity?.SetTag("baton.events", recorded.Values.Sum(batch => batch.Events.Count));
            return recorded;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            await publishing;
            await RecoverAsync(runs, exception, cancellationToken);
            return null;
        }
    }

    /// <summary>Runs are independent: their broadcasts overlap; each run's own events stay in one task, in order.</summary>
    private Task PublishAllAsync(IReadOnlyList<DrainedRun> runs, IReadOnlyDictionary<Guid, RecordedBatch> recorded) =>
        Task.WhenAll(runs.Select(run => PublishAsync(run, recorded.GetValueOrDefault(run.Write.RunId))));

    private async Task RecoverAsync(IReadOnlyList<DrainedRun> runs, Exception exception, CancellationToken cancellationToken)
    {
        if (IsStoreUnavailable(exception))
        {
            logger.LogError(exception, "Could not store the items of {Count} runs; closing their bridges' connections so they send them again", runs.Count);
            foreach (var run in runs)
            {
                CloseConnection(run.Write.BridgeId, run.ConnectionId);
            }
        }
        else if (runs.Count > 1)
        {
            // One run the database refuses must not take the others down with it: each is stored alone.
            logger.LogWarning(exception, "A drain of {Count} runs could not be stored; storing each run alone", runs.Count);
            foreach (var run in runs)
            {
                if (await StoreAsync([run], Task.CompletedTask, cancellationToken) is { } recorded)
                {
                    await PublishAllAsync([run], recorded);
                }
            }
        }
        else
        {
            // Sending it again would fail the same way, forever: the run ends here instead.
            logger.LogError(exception, "Items of run {RunId} cannot be stored; failing the run", runs[0].Write.RunId);
            await FailRunAsync(runs[0].Write.RunId);
        }
    }

    private async Task PublishAsync(DrainedRun run, RecordedBatch? batch)
    {
        var (bridgeId, runId, items) = run.Write;
        if (batch is null)
        {
            logger.LogWarning("Bridge {BridgeId} sent items of run {RunId}, which is not one of its runs; ignored", bridgeId, runId);
            return;
        }

        await publisher.PublishAsync(batch);
        telemetry.RecordRelayLatency(Stopwatch.GetElapsedTime(run.FirstReceivedTimestamp));
        if (AnyAfter(items, batch.StoredUpToBridgeSeq))
        {
            // Something before these items was never stored (its batch failed): the bridge sends it all again after reconnecting.
            logger.LogWarning("Run {RunId} skipped past bridgeSeq {StoredUpTo}; closing the bridge's connection so it sends the rest again", runId, batch.StoredUpToBridgeSeq);
            CloseConnection(bridgeId, run.ConnectionId);
            return;
        }

        try
        {
            await bridgeHub.Clients.Client(run.ConnectionId).Ack(new RunAck(runId, batch.StoredUpToBridgeSeq));
        }
        catch (Exception exception)
        {
            // The bridge keeps what is not acknowledged and sends it again after reconnecting; repeats are dropped.
            logger.LogWarning(exception, "Could not acknowledge run {RunId} to bridge {BridgeId}", runId, bridgeId);
        }
    }

    // By index: a foreach over the interface would allocate its enumerator, on every run of every drain.
    private static bool AnyAfter(IReadOnlyList<RunItem> items, long bridgeSeq)
    {
        for (var index = 0; index < items.Count; index++)
        {
            if (items[index].BridgeSeq > bridgeSeq)
            {
                return true;
            }
        }

        return false;
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

    private void CloseConnection(Guid bridgeId, string connectionId)
    {
        if (localBridges.Find(bridgeId) is { } bridge && bridge.Location.ConnectionId == connectionId)
        {
            bridge.Connection.Abort();
        }
    }
}
