using Baton.Api.Data;
using Baton.Contracts.Errors;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Baton.Api.LocalSessions;

/// <summary>
/// Brings conversations up to date with what a terminal added to their sessions, in the background, so
/// neither the hub nor the bridge's relay waits on a transcript read: one read per conversation at a time
/// here (asked again while it reads, it reads once more after), and across instances each page is stored
/// only by the read that finds the conversation where it read from. A read that fails leaves the
/// conversation as it was and says why in the log.
/// </summary>
public sealed class TranscriptSyncs(
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    IOptions<TranscriptSyncOptions> options,
    TimeProvider time,
    ILogger<TranscriptSyncs> logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, bool> _reading = [];

    /// <summary>Reads the conversation's session transcript soon; a conversation without a session is left alone.</summary>
    public void Request(Guid conversationId)
    {
        lock (_gate)
        {
            if (_reading.ContainsKey(conversationId))
            {
                _reading[conversationId] = true;
                return;
            }

            _reading[conversationId] = false;
        }

        _ = Task.Run(() => ReadAsync(conversationId, lifetime.ApplicationStopping));
    }

    /// <summary>
    /// A bridge came (back) online: reads the sessions of its projects' conversations active lately, the
    /// ones a terminal on its machine may have continued while Baton could not look.
    /// </summary>
    public void RequestForBridge(Guid bridgeId) =>
        _ = Task.Run(() => RequestRecentAsync(bridgeId, lifetime.ApplicationStopping));

    private async Task RequestRecentAsync(Guid bridgeId, CancellationToken stopping)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BatonDbContext>();
            var since = time.GetUtcNow() - options.Value.RecentlyActive;
            var recent = await db.Conversations.AsNoTracking()
                .Where(c => c.ClaudeSessionId != null && c.UpdatedAt >= since && db.Projects.Any(p => p.Id == c.ProjectId && p.BridgeId == bridgeId))
                .OrderByDescending(c => c.UpdatedAt)
                .Take(options.Value.MostOnReconnect)
                .Select(c => c.Id)
                .ToListAsync(stopping);
            foreach (var conversationId in recent)
            {
                Request(conversationId);
            }
        }
        catch (Exception exception) when (!stopping.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Could not find the conversations of bridge {BridgeId} whose sessions a terminal may have continued", bridgeId);
        }
    }

    private async Task ReadAsync(Guid conversationId, CancellationToken stopping)
    {
        for (var again = true; again;)
        {
            await ReadOnceAsync(conversationId, stopping);
            lock (_gate)
            {
                again = _reading[conversationId] && !stopping.IsCancellationRequested;
                if (again)
                {
                    _reading[conversationId] = false;
                }
                else
                {
                    _reading.Remove(conversationId);
                }
            }
        }
    }

    private async Task ReadOnceAsync(Guid conversationId, CancellationToken stopping)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sync = await scope.ServiceProvider.GetRequiredService<TranscriptImporter>().SyncAsync(conversationId, stopping);
            if (sync.ImportedTurns > 0 || sync.Forked)
            {
                logger.LogInformation(
                    "Conversation {ConversationId} gained {Turns} turns from a terminal (forked: {Forked})", conversationId, sync.ImportedTurns, sync.Forked);
            }
        }
        catch (HubException exception)
        {
            logger.LogInformation(
                "Turns a terminal added to conversation {ConversationId} were not read ({Code}): {Reason}",
                conversationId, HubErrors.ExtractCode(exception), HubErrors.ExtractText(exception));
        }
        catch (Exception exception) when (!stopping.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Reading the session transcript of conversation {ConversationId} failed; it is left as it was", conversationId);
        }
    }
}
