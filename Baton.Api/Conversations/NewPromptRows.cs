using Baton.Api.Data.Entities;
using Npgsql;
using NpgsqlTypes;

namespace Baton.Api.Conversations;

/// <summary>
/// The prompts a drain opened, as its turns left them (asked, answered by a rule, or already cancelled), inserted by the
/// statement that appends the drain's events (<see cref="ConversationEventLog"/>): the save after it then has nothing to
/// write for a drain that only asked, and a guarded append stores them only when it stores the events that show them.
/// A new prompt was neither answered by a person nor delivered to a bridge yet: those columns stay empty.
/// </summary>
public static class NewPromptRows
{
    /// <summary>The insert, as a step of the append's statement, which adds the condition it runs on.</summary>
    public const string Insert = """
        INSERT INTO interactive_prompts
            (id, conversation_id, run_id, tool_use_id, tool_name, input, suggestions, status, decision, resolved_by, response, created_at, expires_at, resolved_at)
        SELECT p.id, p.conversation_id, p.run_id, p.tool_use_id, p.tool_name, p.input::jsonb, p.suggestions::jsonb, p.status, p.decision, p.resolved_by,
            p.response::jsonb, p.created_at, p.expires_at, p.resolved_at
        FROM unnest(@prompt_ids, @prompt_conversation_ids, @prompt_run_ids, @prompt_tool_use_ids, @prompt_tool_names, @prompt_inputs, @prompt_suggestions,
            @prompt_statuses, @prompt_decisions, @prompt_resolved_bys, @prompt_responses, @prompt_created_ats, @prompt_expires_ats, @prompt_resolved_ats)
            AS p(id, conversation_id, run_id, tool_use_id, tool_name, input, suggestions, status, decision, resolved_by, response, created_at, expires_at, resolved_at)
        """;

    /// <summary>
    /// True while none of the prompts is stored: a guarded append that finds one stored (sent again after a reconnect)
    /// stores nothing, rather than failing on its key.
    /// </summary>
    public const string NoneStored = "NOT EXISTS (SELECT 1 FROM interactive_prompts AS stored WHERE stored.id = ANY(@prompt_ids))";

    public static void AddTo(NpgsqlParameterCollection parameters, IReadOnlyList<StoredPrompt> prompts)
    {
        parameters.Add(new NpgsqlParameter<Guid[]>("prompt_ids", [.. prompts.Select(p => p.Id)]));
        parameters.Add(new NpgsqlParameter<Guid[]>("prompt_conversation_ids", [.. prompts.Select(p => p.ConversationId)]));
        parameters.Add(new NpgsqlParameter<Guid[]>("prompt_run_ids", [.. prompts.Select(p => p.RunId)]));
        parameters.Add(Texts("prompt_tool_use_ids", prompts.Select(p => p.ToolUseId)));
        parameters.Add(Texts("prompt_tool_names", prompts.Select(p => p.ToolName)));
        parameters.Add(Texts("prompt_inputs", prompts.Select(p => p.Input.GetRawText())));
        parameters.Add(Texts("prompt_suggestions", prompts.Select(p => p.Suggestions.GetRawText())));
        parameters.Add(Texts("prompt_statuses", prompts.Select(p => p.Status.ToString())));
        parameters.Add(Texts("prompt_decisions", prompts.Select(p => p.Decision?.ToString())));
        parameters.Add(Texts("prompt_resolved_bys", prompts.Select(p => p.ResolvedBy?.ToString())));
        parameters.Add(Texts("prompt_responses", prompts.Select(p => p.Response?.GetRawText())));
        parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("prompt_created_ats", [.. prompts.Select(p => p.CreatedAt)]));
        parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("prompt_expires_ats", [.. prompts.Select(p => p.ExpiresAt)]));
        parameters.Add(new NpgsqlParameter<DateTimeOffset?[]>("prompt_resolved_ats", [.. prompts.Select(p => p.ResolvedAt)]));
    }

    private static NpgsqlParameter<string?[]> Texts(string name, IEnumerable<string?> values) =>
        new(name, [.. values]) { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };
}
