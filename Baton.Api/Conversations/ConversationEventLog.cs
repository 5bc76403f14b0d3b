using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Permissions;
using Baton.Contracts.Conversations;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Baton.Api.Conversations;

/// <summary>
/// Appends to conversations' event logs, inside the caller's transaction or, guarded, as a statement of its
/// own. The counter rows bumped here stay locked until the transaction ends, so seqs are strictly increasing
/// and commit in order across API instances. One statement moves every conversation's counter and inserts every
/// event (arrays unnested, each payload given its seq by the database), so however many runs a writer
/// stores, appending costs one round trip: the counter update and a binary COPY took three, and the
/// relay's drains spent about a third of their time waiting on them. The same statement moves the
/// high-water marks of the runs the events came from (<see cref="RunMark"/>), so a drain that only
/// streamed text has nothing left for a save of its own, and inserts the prompts its events show (<see cref="NewPromptRows"/>).
/// A guarded append (<see cref="AppendGuard"/>) first locks the runs, as every writer does before it takes a counter, and
/// writes only if all are as expected, no prompt of it is stored yet, and its prompts' projects have the permissions they
/// were decided on; it may also
/// write answers whose content holds the events it appends (<see cref="AnswerWrite"/>). Those messages are locked
/// after the counters, unlike in a transaction: their runs are locked first, and whoever else writes a message
/// holds its run, so nobody holds the message while waiting for a counter.
/// </summary>
public sealed class ConversationEventLog(BatonDbContext db, TimeProvider time)
{
    private const string GuardedRuns = """
        WITH guarded AS MATERIALIZED (
            SELECT r.id
            FROM unnest(@guard_run_ids, @guard_bridge_ids, @guard_bridge_seqs) AS g(id, bridge_id, bridge_seq)
            JOIN runs AS r ON r.id = g.id
            WHERE r.bridge_id = g.bridge_id AND r.status = @running AND r.last_bridge_seq = g.bridge_seq
            ORDER BY r.id FOR NO KEY UPDATE OF r
        )
        """;

    private const string AfterGuards = """
        taken AS (
            UPDATE conversations AS c SET last_seq = c.last_seq + t.count
            FROM unnest(@ids, @counts) AS t(id, count)
            WHERE c.id = t.id AND (SELECT held FROM guards)
            RETURNING c.id, c.last_seq - t.count AS previous, c.last_seq AS last
        ), inserted AS (
            INSERT INTO conversation_events (conversation_id, seq, run_id, bridge_seq, type, payload, created_at)
            SELECT e.conversation_id, taken.previous + e.position, e.run_id, e.bridge_seq, e.type,
                jsonb_set(convert_from(e.payload, 'UTF8')::jsonb, '{seq}', to_jsonb(taken.previous + e.position)), @now
            FROM unnest(@conversation_ids, @positions, @run_ids, @bridge_seqs, @types, @payloads)
                AS e(conversation_id, position, run_id, bridge_seq, type, payload)
            JOIN taken ON taken.id = e.conversation_id
            RETURNING 1
        ), marked AS (
            UPDATE runs AS r SET last_bridge_seq = m.bridge_seq
            FROM unnest(@mark_run_ids, @mark_bridge_seqs) AS m(id, bridge_seq)
            WHERE r.id = m.id AND (SELECT held FROM guards)
        ), written AS (
            UPDATE messages AS m SET content = w.content::jsonb, content_seq = taken.last, content_version = m.content_version + 1, updated_at = @now
            FROM unnest(@answer_ids, @answer_conversation_ids, @answer_versions, @answer_contents) AS w(id, conversation_id, version, content)
            JOIN taken ON taken.id = w.conversation_id
            WHERE m.id = w.id AND m.content_version = w.version
            RETURNING m.id
        )
        SELECT taken.id, taken.previous, (SELECT count(*) FROM inserted), ARRAY(SELECT id FROM written) FROM taken
        """;

    // Without guards, "held" is true: the same statement serves both kinds of append.
    private const string AppendCommand = $$"""
        {{GuardedRuns}}, guards AS (
            SELECT count(*) = cardinality(@guard_run_ids) AS held FROM guarded
        ), {{AfterGuards}}
        """;

    // A drain that opened prompts inserts them too. The relay's drains of deltas keep the statement without that step,
    // which PostgreSQL plans and runs in less time.
    private const string AppendWithPromptsCommand = $$"""
        {{GuardedRuns}}, guards AS (
            SELECT count(*) = cardinality(@guard_run_ids) AND {{NewPromptRows.NoneStored}} AND NOT EXISTS ({{DecidedPermissions.Changed}}) AS held
            FROM guarded
        ), prompted AS (
            {{NewPromptRows.Insert}}
            WHERE (SELECT held FROM guards)
        ), {{AfterGuards}}
        """;

    private const string InTransaction = "Events are appended inside the transaction that stores what they report.";

    /// <summary>Stores the events now, in the caller's open transaction, and returns their payloads in seq order.</summary>
    public async Task<IReadOnlyList<ConversationEvent>> AppendAsync(Guid conversationId, IReadOnlyList<PendingEvent> events, CancellationToken cancellationToken) =>
        (await AppendAsync([new ConversationAppend(conversationId, events)], [], prompts: [], cancellationToken))[0];

    /// <summary>
    /// Stores every conversation's events, the new <paramref name="prompts"/> they show, and moves the runs' marks, in the
    /// caller's open transaction (which has the runs locked); the payloads come back in the appends' order.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<ConversationEvent>>> AppendAsync(
        IReadOnlyList<ConversationAppend> appends, IReadOnlyList<RunMark> marks, IReadOnlyList<StoredPrompt> prompts, CancellationToken cancellationToken)
    {
        await using var command = db.CommandInTransaction(Statement(prompts), InTransaction);
        return (await AppendAsync(command, appends, marks, AppendGuard.None, [], prompts, cancellationToken))!.Events;
    }

    /// <summary>
    /// Stores every conversation's events, the new <paramref name="prompts"/> they show, and moves the runs' marks in one
    /// statement of its own on <paramref name="connection"/>, if everything is still as <paramref name="guard"/> says; null,
    /// with nothing stored, if not. Each of the <paramref name="answers"/> holds its conversation's events appended here,
    /// and is written unless someone else wrote it since its stored version: the result says which were.
    /// </summary>
    public async Task<GuardedAppend?> TryAppendGuardedAsync(
        NpgsqlConnection connection,
        IReadOnlyList<ConversationAppend> appends,
        IReadOnlyList<RunMark> marks,
        AppendGuard guard,
        IReadOnlyList<AnswerWrite> answers,
        IReadOnlyList<StoredPrompt> prompts,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Statement(prompts), connection);
        return await AppendAsync(command, appends, marks, guard, answers, prompts, cancellationToken);
    }

    private static string Statement(IReadOnlyList<StoredPrompt> prompts) => prompts.Count > 0 ? AppendWithPromptsCommand : AppendCommand;

    private async Task<GuardedAppend?> AppendAsync(
        NpgsqlCommand command,
        IReadOnlyList<ConversationAppend> appends,
        IReadOnlyList<RunMark> marks,
        AppendGuard guard,
        IReadOnlyList<AnswerWrite> answers,
        IReadOnlyList<StoredPrompt> prompts,
        CancellationToken cancellationToken)
    {
        var rows = new AppendRows(appends.Sum(append => append.Events.Count));
        // Sized for one conversation per append: grown from empty, it made a new table at each step, on every drain.
        var positions = new Dictionary<Guid, int>(appends.Count);
        // By index: a foreach over the interfaces would allocate an enumerator per conversation, on every drain.
        for (var a = 0; a < appends.Count; a++)
        {
            var (conversationId, events) = appends[a];
            for (var i = 0; i < events.Count; i++)
            {
                var position = positions[conversationId] = positions.GetValueOrDefault(conversationId) + 1;
                rows.Add(conversationId, position, events[i]);
            }
        }

        if (positions.Count == 0 && marks.Count == 0 && prompts.Count == 0)
        {
            return new GuardedAppend([.. appends.Select(_ => Array.Empty<ConversationEvent>())], new HashSet<Guid>());
        }

        if (await InsertAsync(command, positions, rows, marks, guard, answers, prompts, cancellationToken) is not var (previousSeqs, written))
        {
            return null;
        }

        // The payloads broadcast are the ones stored: the same seqs, counted the same way.
        var payloads = appends.Select(append => new ConversationEvent[append.Events.Count]).ToArray();
        for (var a = 0; a < appends.Count; a++)
        {
            var (conversationId, events) = appends[a];
            for (var i = 0; i < events.Count; i++)
            {
                payloads[a][i] = events[i].Draft with { Seq = ++previousSeqs[conversationId] };
            }
        }

        return new GuardedAppend(payloads, written);
    }

    /// <summary>
    /// Runs the append, and the statement that follows it if any; returns each conversation's last seq before it and
    /// the answers written, or null when a guard did not hold.
    /// </summary>
    private async Task<(Dictionary<Guid, long> PreviousSeqs, HashSet<Guid> Written)?> InsertAsync(
        NpgsqlCommand command,
        Dictionary<Guid, int> counts,
        AppendRows rows,
        IReadOnlyList<RunMark> marks,
        AppendGuard guard,
        IReadOnlyList<AnswerWrite> answers,
        IReadOnlyList<StoredPrompt> prompts,
        CancellationToken cancellationToken)
    {
        var parameters = command.Parameters;
        parameters.Add(new NpgsqlParameter<Guid[]>("ids", [.. counts.Keys]));
        parameters.Add(new NpgsqlParameter<int[]>("counts", [.. counts.Values]));
        parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", time.GetStoredUtcNow()));
        parameters.Add(new NpgsqlParameter<Guid[]>("conversation_ids", [.. rows.ConversationIds]));
        parameters.Add(new NpgsqlParameter<int[]>("positions", [.. rows.Positions]));
        parameters.Add(new NpgsqlParameter<Guid?[]>("run_ids", [.. rows.RunIds]));
        parameters.Add(new NpgsqlParameter<long?[]>("bridge_seqs", [.. rows.BridgeSeqs]));
        parameters.Add(new NpgsqlParameter<string[]>("types", [.. rows.Types]) { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        parameters.Add(new NpgsqlParameter<byte[][]>("payloads", [.. rows.Payloads]) { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
        parameters.Add(new NpgsqlParameter<Guid[]>("mark_run_ids", [.. marks.Select(mark => mark.RunId)]));
        parameters.Add(new NpgsqlParameter<long[]>("mark_bridge_seqs", [.. marks.Select(mark => mark.BridgeSeq)]));
        parameters.Add(new NpgsqlParameter<Guid[]>("guard_run_ids", [.. guard.Runs.Select(run => run.RunId)]));
        parameters.Add(new NpgsqlParameter<Guid[]>("guard_bridge_ids", [.. guard.Runs.Select(run => run.BridgeId)]));
        parameters.Add(new NpgsqlParameter<long[]>("guard_bridge_seqs", [.. guard.Runs.Select(run => run.BridgeSeq)]));
        if (prompts.Count > 0)
        {
            DecidedPermissions.AddTo(parameters, guard.DecidedOn);
            NewPromptRows.AddTo(parameters, prompts);
        }

        parameters.Add(new NpgsqlParameter<string>("running", nameof(RunStatus.Running)));
        parameters.Add(new NpgsqlParameter<Guid[]>("answer_ids", [.. answers.Select(answer => answer.MessageId)]));
        parameters.Add(new NpgsqlParameter<Guid[]>("answer_conversation_ids", [.. answers.Select(answer => answer.ConversationId)]));
        parameters.Add(new NpgsqlParameter<int[]>("answer_versions", [.. answers.Select(answer => answer.StoredVersion)]));
        parameters.Add(new NpgsqlParameter<string[]>("answer_contents", [.. answers.Select(answer => answer.Content)]) { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        var previousSeqs = new Dictionary<Guid, long>(counts.Count);
        long inserted = 0;
        var written = new HashSet<Guid>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                previousSeqs[reader.GetGuid(0)] = reader.GetInt64(1);
                inserted = reader.GetInt64(2);
                written.UnionWith(reader.GetFieldValue<Guid[]>(3));
            }
        }

        if (guard.Runs.Count > 0 && previousSeqs.Count == 0)
        {
            return null;
        }

        var missing = counts.Keys.Where(id => !previousSeqs.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Conversations {string.Join(", ", missing)} do not exist; their events cannot be stored.");
        }

        return inserted == rows.ConversationIds.Count
            ? (previousSeqs, written)
            : throw new InvalidOperationException($"{inserted} of {rows.ConversationIds.Count} events were stored.");
    }

    /// <summary>The append's rows, column by column, as the statement unnests them.</summary>
    private sealed class AppendRows(int capacity)
    {
        public List<Guid> ConversationIds { get; } = new(capacity);
        public List<int> Positions { get; } = new(capacity);
        public List<Guid?> RunIds { get; } = new(capacity);
        public List<long?> BridgeSeqs { get; } = new(capacity);
        public List<string> Types { get; } = new(capacity);
        public List<byte[]> Payloads { get; } = new(capacity);

        public void Add(Guid conversationId, int position, PendingEvent pending)
        {
            ConversationIds.Add(conversationId);
            Positions.Add(position);
            RunIds.Add(pending.RunId);
            BridgeSeqs.Add(pending.BridgeSeq);
            Types.Add(ChatEvents.WireNameOf(pending.Draft));
            Payloads.Add(ChatEvents.SerializeToUtf8(pending.Draft));
        }
    }
}
