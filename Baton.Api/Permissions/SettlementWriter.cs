using System.Text.Json;
using Baton.Api.Data;
using Baton.Api.Hubs;
using Npgsql;

namespace Baton.Api.Permissions;

/// <summary>
/// Stores a prompt's settlement and tells its answer's readers that the stored content lacks it, in one statement:
/// the content's version moves (an instance holding a fold of the answer reads it again) and, if the content held
/// everything, it now holds the log up to <c>loggedUpTo</c>, the seq before the resolution.
/// </summary>
public sealed class SettlementWriter(BatonDbContext db)
{
    private const string SettleCommand = """
        WITH settled AS (
            UPDATE interactive_prompts
            SET status = @status, decision = @decision, resolved_by = @resolved_by, answered_by_user_id = @answered_by,
                response = @response::jsonb, resolved_at = @now
            WHERE id = @prompt_id
        )
        UPDATE messages SET content_version = content_version + 1, content_seq = COALESCE(content_seq, @logged_up_to), updated_at = @now
        WHERE id = @answer_id
        RETURNING content_version
        """;

    /// <summary>Returns the answer's new content version.</summary>
    public async Task<int> StoreAsync(
        Guid answerId, Guid promptId, PromptSettlement settlement, DateTimeOffset now, long loggedUpTo, CancellationToken cancellationToken)
    {
        await using var command = db.CommandInTransaction(SettleCommand, "A settlement is stored inside the transaction that locked its prompt.");
        var parameters = command.Parameters;
        parameters.Add(new NpgsqlParameter<string>("status", settlement.Status.ToString()));
        parameters.Add(new NpgsqlParameter<string>("decision", settlement.Decision.ToString()));
        parameters.Add(new NpgsqlParameter<string>("resolved_by", settlement.By.ToString()));
        parameters.Add(new NpgsqlParameter<Guid?>("answered_by", settlement.AnsweredByUserId));
        parameters.Add(new NpgsqlParameter<string?>("response", settlement.Response is null ? null : JsonSerializer.Serialize(settlement.Response, WireJson.Options)));
        parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        parameters.Add(new NpgsqlParameter<Guid>("prompt_id", promptId));
        parameters.Add(new NpgsqlParameter<long>("logged_up_to", loggedUpTo));
        parameters.Add(new NpgsqlParameter<Guid>("answer_id", answerId));
        return (int)(await command.ExecuteScalarAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Answer {answerId} of prompt {promptId} is gone."));
    }
}
