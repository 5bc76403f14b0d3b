using Baton.Api.Data.Entities;
using Baton.Api.Hubs;
using Baton.Contracts.Conversations;
using Baton.Contracts.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Api.Conversations;

/// <summary>
/// Tells a project's room that one of its conversations was created, changed or deleted. Best effort:
/// the change is stored already, and a list reloaded over HTTP shows it.
/// </summary>
public sealed class ConversationNotifier(IHubContext<ChatHub, IChatClient> hub, ILogger<ConversationNotifier> logger)
{
    public Task CreatedAsync(Conversation conversation) =>
        NotifyAsync(conversation, (room, change) => room.ConversationCreated(change));

    public Task UpdatedAsync(Conversation conversation) =>
        NotifyAsync(conversation, (room, change) => room.ConversationUpdated(change));

    public Task DeletedAsync(Conversation conversation) =>
        NotifyAsync(conversation, (room, change) => room.ConversationDeleted(change));

    public static ConversationSummary Summarize(Conversation conversation) => new(
        conversation.Id,
        conversation.ProjectId,
        conversation.Title,
        conversation.PermissionMode.ToWire(),
        conversation.Model,
        conversation.Effort,
        conversation.CreatedAt,
        conversation.UpdatedAt);

    private async Task NotifyAsync(Conversation conversation, Func<IChatClient, ConversationChanged, Task> send)
    {
        try
        {
            var change = new ConversationChanged(conversation.ProjectId, Summarize(conversation));
            await send(hub.Clients.Group(Rooms.Project(conversation.ProjectId)), change);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not announce a change of conversation {ConversationId}", conversation.Id);
        }
    }
}
