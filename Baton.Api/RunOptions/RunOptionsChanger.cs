using Baton.Api.Bridges;
using Baton.Api.Conversations;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Contracts.Conversations;
using Baton.Contracts.Errors;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.RunOptions;

/// <summary>
/// <c>conversation:set-run-options</c>: a conversation's permission mode, model and effort from now on. While a run
/// goes on, its bridge switches the CLI first (a refusal changes nothing); then the settings are stored and the
/// project's room hears <c>conversation:updated</c>, so every tab's header shows them. Between runs they simply
/// wait for the next message. Effort is a start-up flag of the CLI, so it applies from its next process.
/// </summary>
public sealed class RunOptionsChanger(
    BatonDbContext db,
    BypassPolicy bypass,
    IBridgePresence presence,
    BridgeCaller bridges,
    ConversationNotifier notifier,
    TimeProvider time)
{
    public async Task<ConversationSummary> ChangeAsync(Guid userId, SetRunOptionsRequest request, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.SingleOrDefaultAsync(c => c.Id == request.ConversationId && c.OwnerId == userId, cancellationToken)
            ?? throw HubErrors.Create(ErrorCodes.NotFound, "The conversation was not found.");
        if (request.PermissionMode is PermissionMode.BypassPermissions)
        {
            await bypass.EnsureAllowedAsync(userId, conversation.ProjectId, cancellationToken);
        }

        var model = request.Model is null ? conversation.Model : Blank(request.Model);
        if (await ActiveRunBridgeAsync(conversation.Id, cancellationToken) is { } bridgeId)
        {
            await SwitchRunningAsync(bridgeId, new ConfigureRunRequest(conversation.Id, request.PermissionMode, request.Model is null ? null : model ?? ""), cancellationToken);
        }

        conversation.PermissionMode = request.PermissionMode?.ToStored() ?? conversation.PermissionMode;
        conversation.Model = model;
        conversation.Effort = request.Effort is null ? conversation.Effort : Blank(request.Effort);
        conversation.UpdatedAt = time.GetStoredUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await notifier.UpdatedAsync(conversation);
        return ConversationNotifier.Summarize(conversation);
    }

    private async Task<Guid?> ActiveRunBridgeAsync(Guid conversationId, CancellationToken cancellationToken) =>
        await db.Runs.AsNoTracking()
            .Where(r => r.ConversationId == conversationId && (r.Status == RunStatus.Dispatched || r.Status == RunStatus.Running))
            .Select(r => (Guid?)r.BridgeId)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>An offline bridge cannot switch anything; its run ends when its grace runs out, and the settings wait for the next.</summary>
    private async Task SwitchRunningAsync(Guid bridgeId, ConfigureRunRequest request, CancellationToken cancellationToken)
    {
        if (await presence.LocateAsync(bridgeId, cancellationToken) is not { } location)
        {
            return;
        }

        ConfigureResult result;
        try
        {
            result = await bridges.CallAsync(location.ConnectionId, (bridge, token) => bridge.Configure(request, token), cancellationToken);
        }
        catch (HubException exception)
        {
            throw HubErrors.Create(HubErrors.ExtractCode(exception) ?? ErrorCodes.BridgeUnavailable, HubErrors.ExtractText(exception));
        }

        if (result.Code is { } code)
        {
            throw HubErrors.Create(HubErrors.KnownCodes.Contains(code) ? code : ErrorCodes.CliFailed, result.Message ?? "The bridge refused the change.");
        }
    }

    /// <summary>An empty model or effort means the CLI's own default.</summary>
    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
