using Baton.Api.Conversations;
using Baton.Api.Hubs;
using Baton.Contracts.Chat;
using Baton.Contracts.Conversations;
using Baton.Contracts.Hubs;
using Baton.Contracts.Inbox;
using Baton.Contracts.Permissions;
using Baton.Contracts.Streaming;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Api.Inbox;

/// <summary>
/// Tells every tab of a conversation's owner, through their own room, that their inbox changed: a prompt
/// opened or was settled, a run started or ended. Best effort, like every broadcast: the inbox is read from
/// what is stored, and a tab reads it again after a reconnect. Paced (<see cref="InboxChangePacing"/>) and sent without
/// waiting, with each conversation's owner read once: a relay's drain or a settlement does not wait on it.
/// </summary>
public sealed class InboxAnnouncer
{
    private readonly IHubContext<ChatHub, IChatClient> _hub;
    private readonly ConversationOwners _owners;
    private readonly ILogger<InboxAnnouncer> _logger;
    private readonly InboxChangePacing _pacing;

    public InboxAnnouncer(IHubContext<ChatHub, IChatClient> hub, ConversationOwners owners, TimeProvider time, ILogger<InboxAnnouncer> logger)
    {
        _hub = hub;
        _owners = owners;
        _logger = logger;
        _pacing = new InboxChangePacing(time, TellAsync);
    }

    /// <summary>Announces a change if any of these stored events of the conversation changes what its owner's inbox lists.</summary>
    public async Task AnnounceAsync(Guid conversationId, IReadOnlyList<ConversationEvent> events)
    {
        if (!events.Any(ChangesTheInbox))
        {
            return;
        }

        try
        {
            if (await _owners.FindAsync(conversationId) is { } owner)
            {
                _pacing.Changed(owner, conversationId);
            }
        }
        catch (Exception exception)
        {
            _logger.LogWarning(exception, "Could not announce an inbox change of conversation {ConversationId}", conversationId);
        }
    }

    /// <summary>Announces a change to the owner, who is already known (a dismissal).</summary>
    public void Announce(Guid ownerId, Guid conversationId) => _pacing.Changed(ownerId, conversationId);

    private async Task TellAsync(Guid ownerId, Guid conversationId)
    {
        try
        {
            await _hub.Clients.Group(Rooms.User(ownerId.ToString())).InboxChanged(new InboxChanged(conversationId));
        }
        catch (Exception exception)
        {
            _logger.LogWarning(exception, "Could not announce an inbox change to user {UserId}", ownerId);
        }
    }

    private static bool ChangesTheInbox(ConversationEvent conversationEvent) => conversationEvent switch
    {
        InteractivePrompt or PermissionResolved or ChatMessageComplete or ChatError or ChatAborted => true,
        // A person's message starts a run.
        ChatStreamResponse { Event: UserMessageEvent } => true,
        _ => false,
    };
}
