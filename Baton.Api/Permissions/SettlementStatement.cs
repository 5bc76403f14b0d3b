using System.Text.Json;
using Baton.Api.Hubs;
using Npgsql;

namespace Baton.Api.Permissions;

/// <summary>
/// Stores a prompt's settlement and tells its answer's readers that the stored content lacks it, in one statement:
/// the content's version moves (an instance holding a fold of the answer reads it again) and, if the content held
/// everything, it now holds the log up to the seq before the resolution. It runs right after the resolution's append,
/// in its round trip (<see cref="Conversations.ConversationEventLog.AppendThenAsync{T}"/>): the conversation's counter,
/// which that transaction holds, then stands at the resolution.
/// </summary>
public static class SettlementStatement
{
    private const string Sql = """
        WITH settled AS (
            UPDATE interactive_prompts
            SET status = @status, decision = @decision, resolved_by = @resolved_by, answered_by_user_id = @answered_by,
                response = @response::jsonb, resolved_at = @now
            WHERE id = @prompt_id
        )
        UPDATE messages
        SET content_version = content_version + 1,
            content_seq = COALESCE(content_seq, (SELECT last_seq - 1 FROM conversations WHERE id = @conversation_id)),
            updated_at = @now
        WHERE id = @answer_id
        RETURNING content_version
        """;

    public static NpgsqlBatchCommand For(LockedPrompt target, PromptSettlement settlement, DateTimeOffset now)
    {
        var command = new NpgsqlBatchCommand(Sql);
        var parameters = command.Parameters;
        parameters.Add(new NpgsqlParameter<string>("status", settlement.Status.ToString()));
        parameters.Add(new NpgsqlParameter<string>("decision", settlement.Decision.ToString()));
        parameters.Add(new NpgsqlParameter<string>("resolved_by", settlement.By.ToString()));
        parameters.Add(new NpgsqlParameter<Guid?>("answered_by", settlement.AnsweredByUserId));
        parameters.Add(new NpgsqlParameter<string?>("response", settlement.Response is null ? null : JsonSerializer.Serialize(settlement.Response, WireJson.Options)));
        parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        parameters.Add(new NpgsqlParameter<Guid>("prompt_id", target.Prompt.Id));
        parameters.Add(new NpgsqlParameter<Guid>("conversation_id", target.Prompt.ConversationId));
        parameters.Add(new NpgsqlParameter<Guid>("answer_id", target.AnswerId));
        return command;
    }

    /// <summary>The answer's new content version.</summary>
    public static async Task<int> ReadVersionAsync(NpgsqlDataReader reader, CancellationToken cancellationToken) =>
        await reader.ReadAsync(cancellationToken)
            ? reader.GetInt32(0)
            : throw new InvalidOperationException("The answer of the settled prompt is gone.");
}
