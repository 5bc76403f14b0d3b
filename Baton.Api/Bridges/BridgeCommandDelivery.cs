using System.Collections.Concurrent;
using System.Text.Json;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Hubs;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Bridges;

/// <summary>
/// Delivers to a bridge connected here what the store says it is owed: permission answers and aborts
/// of its active runs, each as a client-result call repeated until the bridge acknowledges it (its
/// answer, whatever it says, is the acknowledgement), then marked delivered. One pass at a time per bridge; a signal during a pass asks for another.
/// </summary>
public sealed class BridgeCommandDelivery(
    IServiceScopeFactory scopes,
    LocalBridgeConnections localBridges,
    BridgeCaller caller,
    DeliveredAnswers delivered,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<BridgeCommandDelivery> logger)
{
    private readonly ConcurrentDictionary<Guid, PassState> _passes = new();

    public void Signal(Guid bridgeId)
    {
        var state = _passes.GetOrAdd(bridgeId, _ => new PassState());
        lock (state)
        {
            state.Requested = true;
            if (state.Running)
            {
                return;
            }

            state.Running = true;
        }

        _ = Task.Run(() => RunPassesAsync(bridgeId, state, lifetime.ApplicationStopping));
    }

    /// <summary>
    /// Sends an answer just stored to a bridge connected here, without reading it back, then marks it
    /// delivered. A failed send leaves it owed, for a pass; the bridge applies an answer once, so a pass
    /// that sends it as well does no harm.
    /// </summary>
    public void SendAnswer(Guid bridgeId, CliPermissionResponse answer) => _ = SendAnswerAsync(bridgeId, answer, lifetime.ApplicationStopping);

    public void SignalAll()
    {
        foreach (var bridge in localBridges.All)
        {
            Signal(bridge.BridgeId);
        }
    }

    private async Task RunPassesAsync(Guid bridgeId, PassState state, CancellationToken stopping)
    {
        while (true)
        {
            lock (state)
            {
                if (!state.Requested || stopping.IsCancellationRequested)
                {
                    state.Running = false;
                    return;
                }

                state.Requested = false;
            }

            try
            {
                await DeliverOwedAsync(bridgeId, stopping);
            }
            catch (Exception exception) when (!stopping.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Delivery to bridge {BridgeId} failed; the next sweep repeats it", bridgeId);
            }
        }
    }

    private async Task SendAnswerAsync(Guid bridgeId, CliPermissionResponse answer, CancellationToken cancellationToken)
    {
        try
        {
            if (localBridges.Find(bridgeId) is not { } bridge)
            {
                // Gone since: its next connection is a pass of its own.
                return;
            }

            await caller.CallAsync(bridge.Location.ConnectionId, (client, token) => client.RespondToPermission(answer, token), cancellationToken);
            await delivered.MarkAsync(answer.PromptId, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "The answer to prompt {PromptId} did not reach bridge {BridgeId}; a pass sends it again", answer.PromptId, bridgeId);
            Signal(bridgeId);
        }
    }

    private async Task DeliverOwedAsync(Guid bridgeId, CancellationToken cancellationToken)
    {
        if (localBridges.Find(bridgeId) is not { } bridge)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BatonDbContext>();
        var connectionId = bridge.Location.ConnectionId;

        var answers = await db.InteractivePrompts.AsNoTracking()
            .Where(p => p.Response != null && p.DeliveredToBridgeAt == null
                && db.Runs.Any(r => r.Id == p.RunId && r.BridgeId == bridgeId
                    && (r.Status == RunStatus.Dispatched || r.Status == RunStatus.Running)))
            .OrderBy(p => p.ResolvedAt)
            .Select(p => new { p.Id, p.Response })
            .ToListAsync(cancellationToken);
        foreach (var answer in answers)
        {
            var response = answer.Response!.Value.Deserialize<CliPermissionResponse>(WireJson.Options)!;
            await caller.CallAsync(connectionId, (client, token) => client.RespondToPermission(response, token), cancellationToken);
            await delivered.MarkAsync(answer.Id, cancellationToken);
        }

        var aborts = await db.Runs.AsNoTracking()
            .Where(r => r.BridgeId == bridgeId && r.AbortRequestedAt != null && r.AbortDeliveredAt == null
                && (r.Status == RunStatus.Dispatched || r.Status == RunStatus.Running))
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        foreach (var runId in aborts)
        {
            await caller.CallAsync(connectionId, (client, token) => client.Abort(new AbortRunRequest(runId), token), cancellationToken);
            var now = time.GetStoredUtcNow();
            await db.Runs.Where(r => r.Id == runId)
                .ExecuteUpdateAsync(setters => setters.SetProperty(r => r.AbortDeliveredAt, now), cancellationToken);
        }
    }

    private sealed class PassState
    {
        public bool Requested { get; set; }
        public bool Running { get; set; }
    }
}
