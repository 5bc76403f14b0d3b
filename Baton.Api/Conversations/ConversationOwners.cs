using System.Collections.Concurrent;
using Baton.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Conversations;

/// <summary>
/// Who owns each conversation, read once: a conversation never changes owner, so what follows its prompts and runs
/// (announcing its owner's inbox changes, looking for their devices to notify) need not query the store each time.
/// </summary>
public sealed class ConversationOwners(IServiceScopeFactory scopes)
{
    // A bound on what is remembered: past it the map starts over, at one read per conversation.
    private const int Remembered = 10_000;

    private readonly ConcurrentDictionary<Guid, Guid> _owners = new();

    /// <summary>The conversation's owner; null when there is no such conversation.</summary>
    public async Task<Guid?> FindAsync(Guid conversationId)
    {
        if (_owners.TryGetValue(conversationId, out var known))
        {
            return known;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BatonDbContext>();
        var owner = await db.Conversations.AsNoTracking()
            .Where(c => c.Id == conversationId)
            .Select(c => (Guid?)c.OwnerId)
            .SingleOrDefaultAsync();
        if (owner is { } found)
        {
            if (_owners.Count >= Remembered)
            {
                _owners.Clear();
            }

            _owners[conversationId] = found;
        }

        return owner;
    }
}
