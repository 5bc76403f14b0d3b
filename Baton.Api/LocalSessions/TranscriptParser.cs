using System.Text.Json;
using Baton.Contracts.Messages;

namespace Baton.Api.LocalSessions;

/// <summary>
/// Turns the CLI's transcript records (docs/claude-cli-facts.md, "Transcripts") into Baton's typed blocks:
/// a <c>user</c> record with text is a prompt, one with <c>tool_result</c> blocks part of the answer, and an
/// <c>assistant</c> record's text, thinking and tool calls part of the answer. Subagents' records
/// (<c>isSidechain</c>), the CLI's own notes to the model (<c>isMeta</c>, a compaction's summary, a local
/// command's echo) and every record outside the conversation give nothing.
/// </summary>
public static class TranscriptParser
{
    /// <summary>User text the CLI writes for itself around local slash commands and interrupts, never typed as such.</summary>
    private static readonly string[] CliTextPrefixes = ["<command-name>", "<command-message>", "<local-command-", "Caveat: ", "[Request interrupted"];

    public static TranscriptPiece? Parse(JsonElement record)
    {
        if (record.ValueKind != JsonValueKind.Object
            || IsTrue(record, "isSidechain") || IsTrue(record, "isMeta") || IsTrue(record, "isCompactSummary")
            || !record.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object
            || !message.TryGetProperty("content", out var content))
        {
            return null;
        }

        var at = Timestamp(record);
        return Text(record, "type") switch
        {
            "user" => User(record, content, at),
            "assistant" => Assistant(message, content, at, record),
            _ => null,
        };
    }

    private static TranscriptPiece? User(JsonElement record, JsonElement content, DateTimeOffset? at)
    {
        if (content.ValueKind == JsonValueKind.String)
        {
            return Prompt(content.GetString()!, at);
        }

        if (content.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var results = content.EnumerateArray()
            .Where(block => Text(block, "type") == "tool_result")
            .Select(block => (MessageBlock)new ToolResultBlock(
                Text(block, "tool_use_id") ?? "",
                block.TryGetProperty("content", out var result) ? result.Clone() : default,
                IsTrue(block, "is_error"))
            {
                // The CLI's structured result (an edit's patch) belongs to the record's one tool result.
                ToolUseResult = record.TryGetProperty("toolUseResult", out var structured) && structured.ValueKind == JsonValueKind.Object
                    ? structured.Clone()
                    : null,
            })
            .ToList();
        if (results.Count > 0)
        {
            return new AnswerPiece(results.Count == 1 ? results : [.. results.Cast<ToolResultBlock>().Select(r => r with { ToolUseResult = null })], at);
        }

        var text = string.Join("\n\n", content.EnumerateArray()
            .Where(block => Text(block, "type") == "text")
            .Select(block => Text(block, "text") ?? ""));
        return Prompt(text, at);
    }

    private static PromptPiece? Prompt(string text, DateTimeOffset? at) =>
        string.IsNullOrWhiteSpace(text) || CliTextPrefixes.Any(prefix => text.TrimStart().StartsWith(prefix, StringComparison.Ordinal))
            ? null
            : new PromptPiece(text, at);

    private static AnswerPiece? Assistant(JsonElement message, JsonElement content, DateTimeOffset? at, JsonElement record)
    {
        if (content.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var cliMessageId = Text(message, "id");
        var firstIndex = record.TryGetProperty("apiBlockIndex", out var index) && index.ValueKind == JsonValueKind.Number ? index.GetInt32() : 0;
        var blocks = content.EnumerateArray()
            .Select(block => Block(block))
            .OfType<MessageBlock>()
            .Select((block, offset) => block with { CliMessageId = cliMessageId, Index = firstIndex + offset })
            .ToList();
        return blocks.Count > 0 ? new AnswerPiece(blocks, at) : null;
    }

    private static MessageBlock? Block(JsonElement block) => Text(block, "type") switch
    {
        "text" when Text(block, "text") is { Length: > 0 } text => new TextBlock(text),
        "thinking" when Text(block, "thinking") is { Length: > 0 } thinking => new ThinkingBlock(thinking),
        "tool_use" when Text(block, "id") is { } id => new ToolUseBlock(id, Text(block, "name") ?? "Tool")
        {
            Input = block.TryGetProperty("input", out var input) ? input.Clone() : null,
        },
        _ => null,
    };

    private static DateTimeOffset? Timestamp(JsonElement record) =>
        Text(record, "timestamp") is { } text && DateTimeOffset.TryParse(text, out var at) ? at : null;

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static bool IsTrue(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
