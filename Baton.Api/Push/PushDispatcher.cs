using Baton.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Push;

/// <summary>
/// Turns each queued occasion into notifications to the owner's browsers, unless one of their tabs shows
/// the conversation (on any instance): someone looking at it needs no notification.
/// </summary>
public sealed class PushDispatcher(
    PushQueue queue,
    IServiceScopeFactory scopes,
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
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BatonDbContext>();
        var conversation = await db.Conversations.AsNoTracking()
            .Where(c => c.Id == occasion.ConversationId)
            .Join(db.Projects, c => c.ProjectId, p => p.Id, (c, p) => new { c.OwnerId, c.ProjectId, c.Title, ProjectName = p.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (conversation is null)
        {
            return;
        }

        var devices = await db.PushDevices.AsNoTracking().Where(d => d.UserId == conversation.OwnerId).ToListAsync(cancellationToken);
        if (devices.Count == 0 || await viewers.AnyShowsAsync(conversation.OwnerId, occasion.ConversationId))
        {
            return;
        }

        var title = string.IsNullOrWhiteSpace(conversation.Title) ? conversation.ProjectName : $"{conversation.Title} · {conversation.ProjectName}";
        var notice = notices.For(occasion, conversation.OwnerId, conversation.ProjectId, title);
        var timeToLive = occasion is PromptWaiting { Prompt: var prompt } ? prompt.ExpiresAt - time.GetUtcNow() : RunNoticeLifetime;
        await Task.WhenAll(devices.Select(device => sender.SendAsync(device, notice, timeToLive, cancellationToken)));
    }
}
