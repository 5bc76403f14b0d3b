using System.Text.Json;
using Baton.Api.Conversations;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Hubs;
using Baton.Contracts.Permissions;
using Npgsql;

namespace Baton.Api.Permissions;

/// <summary>
/// Settles a prompt in one statement, if it is still pending (and in a conversation of the person answering, when one
/// does): locks its run, then its answer, then the prompt, then the conversation's counter (the order every writer takes
/// them in), appends the resolution, stores the settlement, and tells the answer's readers that the stored content lacks
/// the resolution: the content's version moves (an instance holding a fold of the answer reads it again) and, if the
/// content held everything, it now holds the log up to the seq before the resolution.
/// On its own it is a whole settlement, without a transaction, on a relay connection (<see cref="RelayConnections"/>);
/// inside the transaction that locked the prompt first (to store rules or a mode with it), it finds the prompt as locked.
/// </summary>
public static class SettlementStatement
{
    private const string Sql = """
        WITH target AS MATERIALIZED (
            SELECT p.id, p.conversation_id, r.assistant_message_id AS answer_id
            FROM interactive_prompts AS p
            JOIN runs AS r ON r.id = p.run_id
            JOIN messages AS m ON m.id = r.assistant_message_id
            JOIN conversations AS c ON c.id = p.conversation_id
            WHERE p.id = @prompt_id AND p.status = @pending AND (@owner_id IS NULL OR c.owner_id = @owner_id)
            FOR NO KEY UPDATE OF r FOR UPDATE OF m FOR UPDATE OF p
        ), taken AS (
            UPDATE conversations AS c SET last_seq = c.last_seq + 1
            FROM target
            WHERE c.id = target.conversation_id
            RETURNING c.last_seq AS seq
        ), appended AS (
            INSERT INTO conversation_events (conversation_id, seq, run_id, type, payload, created_at)
            SELECT target.conversation_id, taken.seq, @run_id, @type, jsonb_set(convert_from(@payload, 'UTF8')::jsonb, '{seq}', to_jsonb(taken.seq)), @now
            FROM target, taken
        ), settled AS (
            UPDATE interactive_prompts AS p
            SET status = @status, decision = @decision, resolved_by = @resolved_by, answered_by_user_id = @answered_by,
                response = @response::jsonb, resolved_at = @now
            FROM target
            WHERE p.id = target.id
        )
        UPDATE messages AS m
        SET content_version = m.content_version + 1, content_seq = COALESCE(m.content_seq, taken.seq - 1), updated_at = @now
        FROM target, taken
        WHERE m.id = target.answer_id
        RETURNING taken.seq, m.content_version
        """;

    /// <summary>The statement on its own, on <paramref name="connection"/>.</summary>
    public static NpgsqlCommand On(NpgsqlConnection connection) => new(Sql, connection);

    /// <summary>The statement in the context's open transaction, which locked the prompt.</summary>
    public static NpgsqlCommand InTransaction(BatonDbContext db) =>
        db.CommandInTransaction(Sql, "A locked prompt is settled inside the transaction that locked it.");

    /// <summary>
    /// Runs <paramref name="command"/> (<see cref="On"/> or <see cref="InTransaction"/>). Returns the resolution as
    /// stored, with the answer's new content version; null, with nothing stored, when the prompt is not pending or not
    /// the owner's.
    /// </summary>
    public static async Task<StoredResolution?> ApplyAsync(
        NpgsqlCommand command,
        StoredPrompt prompt,
        Guid? ownerId,
        PermissionResolved resolution,
        PromptSettlement settlement,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var parameters = command.Parameters;
        parameters.Add(new NpgsqlParameter<Guid>("prompt_id", prompt.Id));
        parameters.Add(new NpgsqlParameter<string>("pending", nameof(PromptStatus.Pending)));
        parameters.Add(new NpgsqlParameter<Guid?>("owner_id", ownerId));
        parameters.Add(new NpgsqlParameter<Guid>("run_id", prompt.RunId));
        parameters.Add(new NpgsqlParameter<string>("type", ChatEvents.WireNameOf(resolution)));
        parameters.Add(new NpgsqlParameter<byte[]>("payload", ChatEvents.SerializeToUtf8(resolution)));
        parameters.Add(new NpgsqlParameter<string>("status", settlement.Status.ToString()));
        parameters.Add(new NpgsqlParameter<string>("decision", settlement.Decision.ToString()));
        parameters.Add(new NpgsqlParameter<string>("resolved_by", settlement.By.ToString()));
        parameters.Add(new NpgsqlParameter<Guid?>("answered_by", settlement.AnsweredByUserId));
        parameters.Add(new NpgsqlParameter<string?>("response", settlement.Response is null ? null : JsonSerializer.Serialize(settlement.Response, WireJson.Options)));
        parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredResolution(prompt.RunId, resolution with { Seq = reader.GetInt64(0) }, reader.GetInt32(1))
            : null;
    }
}
