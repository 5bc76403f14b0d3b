using Baton.Api.Data.Entities;
using Npgsql;
using NpgsqlTypes;

namespace Baton.Api.Runs;

/// <summary>
/// Inserts the prompts a drain opened, as its turns left them (asked, answered by a rule, or already cancelled), in one
/// statement that follows the drain's append in its round trip (<see cref="Conversations.ConversationEventLog"/>): the
/// save after it then has nothing to write for a drain that only asked, and the prompt reaches the browser a round trip sooner.
/// A new prompt was neither answered by a person nor delivered to a bridge yet: those columns stay empty.
/// </summary>
public static class NewPromptsStatement
{
    private const string Sql = """
        INSERT INTO interactive_prompts
            (id, conversation_id, run_id, tool_use_id, tool_name, input, suggestions, status, decision, resolved_by, response, created_at, expires_at, resolved_at)
        SELECT p.id, p.conversation_id, p.run_id, p.tool_use_id, p.tool_name, p.input::jsonb, p.suggestions::jsonb, p.status, p.decision, p.resolved_by,
            p.response::jsonb, p.created_at, p.expires_at, p.resolved_at
        FROM unnest(@ids, @conversation_ids, @run_ids, @tool_use_ids, @tool_names, @inputs, @suggestions, @statuses, @decisions, @resolved_bys,
            @responses, @created_ats, @expires_ats, @resolved_ats)
            AS p(id, conversation_id, run_id, tool_use_id, tool_name, input, suggestions, status, decision, resolved_by, response, created_at, expires_at, resolved_at)
        """;

    public static NpgsqlBatchCommand For(IReadOnlyList<StoredPrompt> prompts)
    {
        var command = new NpgsqlBatchCommand(Sql);
        var parameters = command.Parameters;
        parameters.Add(new NpgsqlParameter<Guid[]>("ids", [.. prompts.Select(p => p.Id)]));
        parameters.Add(new NpgsqlParameter<Guid[]>("conversation_ids", [.. prompts.Select(p => p.ConversationId)]));
        parameters.Add(new NpgsqlParameter<Guid[]>("run_ids", [.. prompts.Select(p => p.RunId)]));
        parameters.Add(Texts("tool_use_ids", prompts.Select(p => p.ToolUseId)));
        parameters.Add(Texts("tool_names", prompts.Select(p => p.ToolName)));
        parameters.Add(Texts("inputs", prompts.Select(p => p.Input.GetRawText())));
        parameters.Add(Texts("suggestions", prompts.Select(p => p.Suggestions.GetRawText())));
        parameters.Add(Texts("statuses", prompts.Select(p => p.Status.ToString())));
        parameters.Add(Texts("decisions", prompts.Select(p => p.Decision?.ToString())));
        parameters.Add(Texts("resolved_bys", prompts.Select(p => p.ResolvedBy?.ToString())));
        parameters.Add(Texts("responses", prompts.Select(p => p.Response?.GetRawText())));
        parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("created_ats", [.. prompts.Select(p => p.CreatedAt)]));
        parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("expires_ats", [.. prompts.Select(p => p.ExpiresAt)]));
        parameters.Add(new NpgsqlParameter<DateTimeOffset?[]>("resolved_ats", [.. prompts.Select(p => p.ResolvedAt)]));
        return command;
    }

    private static NpgsqlParameter<string?[]> Texts(string name, IEnumerable<string?> values) =>
        new(name, [.. values]) { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };
}
