using Baton.Api.Conversations;
using Baton.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Push;

/// <summary>
/// Turns each queued occasion into notifications to the owner's browsers, unless one of their tabs shows
/// the conversation (on any instance): someone looking at it needs no notification. Most people have no device to
/// notify, so that is asked first, and the conversation's title is read only for those who have one.
/// </summary>
public sealed class PushDispatcher(
    PushQueue queue,
    IServiceScopeFactory scopes,
    ConversationOwners owners,
    ConversationViewers viewers,
    PushNotices notices,
    PushSender sender,
    TimeProvider time,
    ILogger<PushDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan RunNoticeLifetime = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var occasion in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await NotifyAsync(occasion, stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(failure, "Notifying of {Occasion} in conversation {ConversationId} failed.", occasion.GetType().Name, occasion.ConversationId);
            }
        }
    }

    private async Task NotifyAsync(PushOccasion occasion, CancellationToken cancellationToken)
    {
        if (await owners.FindAsync(occasion.ConversationId) is not { } ownerId)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BatonDbContext>();
        var devices = await db.PushDevices.AsNoTracking().Where(d => d.UserId == ownerId).ToListAsync(cancellationToken);
        if (devices.Count == 0 || await viewers.AnyShowsAsync(ownerId, occasion.ConversationId))
        {
            return;
        }

        var conversation = await db.Conversations.AsNoTracking()
            .Where(c => c.Id == occasion.ConversationId)
            .Join(db.Projects, c => c.ProjectId, p => p.Id, (c, p) => new { c.ProjectId, c.Title, ProjectName = p.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (conversation is null)
        {
            return;
        }

        var title = string.IsNullOrWhiteSpace(conversation.Title) ? conversation.ProjectName : $"{conversation.Title} · {conversation.ProjectName}";
        var notice = notices.For(occasion, ownerId, conversation.ProjectId, title);
        var timeToLive = occasion is PromptWaiting { Prompt: var prompt } ? prompt.ExpiresAt - time.GetUtcNow() : RunNoticeLifetime;
        await Task.WhenAll(devices.Select(device => sender.SendAsync(device, notice, timeToLive, cancellationToken)));
    }
}
