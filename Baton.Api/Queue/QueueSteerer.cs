using Baton.Api.Bridges;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Contracts.Errors;
using Baton.Contracts.Queue;
using Baton.Contracts.Runs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Queue;

/// <summary>
/// <c>queue:steer</c>: sends a queued message into the conversation's running turn, over the bridge to the
/// CLI's input; the CLI's echo of it puts it in the answer where it joined. With no run busy the message
/// starts as a run of its own at once. The message is claimed for the run first (a conditional update), so
/// it is sent once however many tabs press at once, and it waits again if the bridge cannot take it.
/// </summary>
public sealed class QueueSteerer(
    BatonDbContext db,
    MessageQueue queue,
    QueueStarter starter,
    QueueBroadcaster broadcaster,
    IBridgePresence presence,
    BridgeCaller bridges,
    TimeProvider time)
{
    public async Task SteerAsync(Guid userId, SteerQueuedMessageRequest request, CancellationToken cancellationToken)
    {
        var message = await queue.FindOwnWaitingAsync(userId, request.QueuedMessageId, cancellationToken);
        if (message.AttachmentIds.Count > 0)
        {
            throw HubErrors.Create(ErrorCodes.InvalidRequest, "A message with attachments waits for its turn: only text goes into a running turn.");
        }

        var run = await db.Runs.AsNoTracking()
            .Where(r => r.ConversationId == message.ConversationId && (r.Status == RunStatus.Dispatched || r.Status == RunStatus.Running))
            .Select(r => new { r.Id, r.BridgeId })
            .SingleOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            await starter.StartNextAsync(message.ConversationId, cancellationToken, message.Id);
            return;
        }

        var now = time.GetStoredUtcNow();
        var claimed = await db.QueuedMessages
            .Where(m => m.Id == message.Id && m.StartedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(m => m.StartedAt, now).SetProperty(m => m.RunId, run.Id), cancellationToken);
        if (claimed == 0)
        {
            throw HubErrors.Create(ErrorCodes.QueuedMessageStarted, "The queued message has started already.");
        }

        await broadcaster.NotifyAsync(message.ConversationId, cancellationToken);
        if (await SendToBridgeAsync(run.BridgeId, new SteerRunRequest(run.Id, message.Content), cancellationToken) is { } refusal)
        {
            // Back in the queue, in its place; the run may have just ended, so the queue is tried at once.
            await db.QueuedMessages.Where(m => m.Id == message.Id)
                .ExecuteUpdateAsync(setters => setters.SetProperty(m => m.StartedAt, (DateTimeOffset?)null).SetProperty(m => m.RunId, (Guid?)null), CancellationToken.None);
            await broadcaster.NotifyAsync(message.ConversationId, CancellationToken.None);
            await starter.StartNextAsync(message.ConversationId, CancellationToken.None);
            throw refusal;
        }
    }

    private async Task<HubException?> SendToBridgeAsync(Guid bridgeId, SteerRunRequest request, CancellationToken cancellationToken)
    {
        if (await presence.LocateAsync(bridgeId, cancellationToken) is not { } location)
        {
            return HubErrors.Create(ErrorCodes.BridgeUnavailable, "The project's bridge is offline; the message stays queued.");
        }

        try
        {
            var result = await bridges.CallAsync(location.ConnectionId, (bridge, token) => bridge.Steer(request, token), cancellationToken);
            return result.Accepted
                ? null
                : HubErrors.Create(result.Code is { } code && HubErrors.KnownCodes.Contains(code) ? code : ErrorCodes.CliFailed,
                    (result.Message ?? "The bridge refused the message.") + " It stays queued.");
        }
        catch (HubException exception)
        {
            return HubErrors.Create(HubErrors.ExtractCode(exception) ?? ErrorCodes.BridgeUnavailable, HubErrors.ExtractText(exception));
        }
    }
}
