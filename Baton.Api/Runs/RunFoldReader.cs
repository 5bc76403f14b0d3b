using Baton.Api.Conversations;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Baton.Api.Runs;

/// <summary>
/// Locks runs' assistant messages without reading their content, and reads a run's answer back when
/// this instance holds no current fold of it: the stored content, then the run's deltas the event log
/// holds beyond it.
/// </summary>
public sealed class RunFoldReader(BatonDbContext db)
{
    // The conversation's columns a turn reads come in the same round trip, unlocked (as a separate read would be).
    private const string LockCommand = """
        SELECT m.id, m.content_version, c.project_id, c.claude_session_id, c.transcript_offset, c.transcript_tip_uuid
        FROM messages AS m JOIN conversations AS c ON c.id = m.conversation_id
        WHERE m.id = ANY(@ids) ORDER BY m.id FOR UPDATE OF m
        """;

    // A drain that asks permissions reads what storing them needs in that round trip too: it is on the permission round trip's path.
    private const string LockAskingCommand = """
        SELECT m.id, m.content_version, c.project_id, c.claude_session_id, c.transcript_offset, c.transcript_tip_uuid,
            p.root_directory,
            ARRAY(SELECT r.rule FROM permission_rules AS r WHERE r.project_id = p.id ORDER BY r.id),
            ARRAY(SELECT r.behavior FROM permission_rules AS r WHERE r.project_id = p.id ORDER BY r.id),
            ARRAY(SELECT i.id FROM interactive_prompts AS i WHERE i.id = ANY(@prompts))
        FROM messages AS m JOIN conversations AS c ON c.id = m.conversation_id JOIN projects AS p ON p.id = c.project_id
        WHERE m.id = ANY(@ids) ORDER BY m.id FOR UPDATE OF m
        """;

    /// <summary>
    /// Locks the messages in id order (the order every writer takes them in); returns each one's content version and
    /// conversation, and its project's permissions when <paramref name="askedPromptIds"/> holds any.
    /// </summary>
    public async Task<Dictionary<Guid, LockedAnswer>> LockAsync(
        IReadOnlyCollection<Guid> messageIds, IReadOnlyCollection<Guid> askedPromptIds, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Messages are locked inside the transaction that writes them.");
        var asking = askedPromptIds.Count > 0;
        await using var command = new NpgsqlCommand(asking ? LockAskingCommand : LockCommand, (NpgsqlConnection)transaction.Connection!, (NpgsqlTransaction)transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", [.. messageIds]));
        if (asking)
        {
            command.Parameters.Add(new NpgsqlParameter<Guid[]>("prompts", [.. askedPromptIds]));
        }

        var answers = new Dictionary<Guid, LockedAnswer>(messageIds.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            answers[reader.GetGuid(0)] = new LockedAnswer(
                reader.GetInt32(1),
                reader.GetGuid(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt64(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                asking ? ReadPermissions(reader) : null);
        }

        return answers;
    }

    private static ProjectPermissions ReadPermissions(NpgsqlDataReader reader)
    {
        var rules = reader.GetFieldValue<string[]>(7);
        var behaviors = reader.GetFieldValue<string[]>(8);
        return new ProjectPermissions(
            reader.GetString(6),
            [.. rules.Zip(behaviors, (rule, behavior) => new ProjectRule(rule, Enum.Parse<RuleBehavior>(behavior)))],
            reader.GetFieldValue<Guid[]>(9).ToHashSet());
    }

    /// <summary>The run's answer as stored, holding everything up to the run's mark <paramref name="bridgeSeq"/>.</summary>
    public async Task<RunFold> ReadAsync(Run run, int storedVersion, long bridgeSeq, CancellationToken cancellationToken)
    {
        var stored = await db.Messages.AsNoTracking()
            .Where(m => m.Id == run.AssistantMessageId)
            .Select(m => new { m.Content, m.ContentSeq })
            .SingleAsync(cancellationToken);
        var content = AssistantContent.Read(stored.Content);
        if (stored.ContentSeq is not { } storedUpTo)
        {
            return new RunFold(RunKeys.Of(run), content, storedVersion, bridgeSeq, deferredSince: null);
        }

        var later = await db.ConversationEvents.AsNoTracking()
            .Where(e => e.ConversationId == run.ConversationId && e.Seq > storedUpTo && e.RunId == run.Id)
            .OrderBy(e => e.Seq)
            .Select(e => new { e.Type, e.Payload })
            .ToListAsync(cancellationToken);
        foreach (var logged in later)
        {
            content.Replay(ChatEvents.Deserialize(logged.Type, logged.Payload));
        }

        // Deferred since before this instance knew: the next drain with news stores it all.
        return new RunFold(RunKeys.Of(run), content, storedVersion, bridgeSeq, deferredSince: 0);
    }
}
