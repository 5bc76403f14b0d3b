using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Permissions;
using Npgsql;

namespace Baton.Api.Runs;

/// <summary>
/// Locks runs and their assistant messages in one round trip, reading what a turn needs of them, of their
/// conversations and of their projects; none of the answers' content,
/// which this instance's folds hold. Runs are locked in id order, each with its answer: the order every writer
/// takes them in (a run before its answer), so two writers never wait on each other in a circle.
/// Runs are locked FOR NO KEY UPDATE: their keys never change, and a stronger lock would block every insert that
/// refers to the run (an event, a prompt) behind this transaction.
/// </summary>
public sealed class RunLocker(BatonDbContext db)
{
    private const string Columns = """
        r.id, r.conversation_id, r.assistant_message_id, r.bridge_id, r.status, r.last_bridge_seq,
        m.content_version, c.project_id, c.claude_session_id, c.transcript_offset, c.transcript_tip_uuid
        """;

    private const string Joined = """
        FROM runs AS r
        JOIN messages AS m ON m.id = r.assistant_message_id
        JOIN conversations AS c ON c.id = r.conversation_id
        """;

    private const string Locking = "WHERE r.id = ANY(@ids) ORDER BY r.id FOR NO KEY UPDATE OF r FOR UPDATE OF m";

    // What storing permission requests needs is read in that round trip too: it is on the permission round trip's path. The
    // run's fold keeps it, so that the run's later requests are stored without a transaction (GuardedDrain).
    private const string LockCommand = $"""
        SELECT {Columns},
            p.root_directory,
            ARRAY(SELECT pr.rule FROM permission_rules AS pr WHERE pr.project_id = p.id ORDER BY pr.id),
            ARRAY(SELECT pr.behavior FROM permission_rules AS pr WHERE pr.project_id = p.id ORDER BY pr.id),
            ARRAY(SELECT i.id FROM interactive_prompts AS i WHERE i.id = ANY(@prompts))
        {Joined}
        JOIN projects AS p ON p.id = c.project_id
        {Locking}
        """;

    /// <summary>
    /// Each run found, with its answer. The run is attached as it is stored, with only the columns a recorder reads
    /// or writes: a save writes what the recorder changes, and nothing else.
    /// </summary>
    public async Task<Dictionary<Guid, LockedRun>> LockAsync(
        IReadOnlyCollection<Guid> runIds, IReadOnlyCollection<Guid> askedPromptIds, CancellationToken cancellationToken)
    {
        await using var command = db.CommandInTransaction(LockCommand, "Runs are locked inside the transaction that writes them.");
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", [.. runIds.Distinct()]));
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("prompts", [.. askedPromptIds]));

        var locked = new Dictionary<Guid, LockedRun>(runIds.Count);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var run = new Run
                {
                    Id = reader.GetGuid(0),
                    ConversationId = reader.GetGuid(1),
                    AssistantMessageId = reader.GetGuid(2),
                    BridgeId = reader.GetGuid(3),
                    Status = Enum.Parse<RunStatus>(reader.GetString(4)),
                    LastBridgeSeq = reader.GetInt64(5),
                    ClientMessageId = "",
                };
                var answer = new LockedAnswer(
                    reader.GetInt32(6),
                    reader.IsDBNull(8) ? null : reader.GetString(8),
                    reader.IsDBNull(9) ? null : reader.GetInt64(9),
                    reader.IsDBNull(10) ? null : reader.GetString(10),
                    ReadPermissions(reader, projectId: reader.GetGuid(7)));
                locked[run.Id] = new LockedRun(run, answer);
            }
        }

        foreach (var (run, _) in locked.Values)
        {
            db.Runs.Attach(run);
        }

        return locked;
    }

    private static ProjectPermissions ReadPermissions(NpgsqlDataReader reader, Guid projectId)
    {
        var rules = reader.GetFieldValue<string[]>(12);
        var behaviors = reader.GetFieldValue<string[]>(13);
        return new ProjectPermissions(
            projectId,
            reader.GetString(11),
            [.. rules.Zip(behaviors, (rule, behavior) => new ProjectRule(rule, Enum.Parse<RuleBehavior>(behavior)))],
            reader.GetFieldValue<Guid[]>(14).ToHashSet());
    }
}
