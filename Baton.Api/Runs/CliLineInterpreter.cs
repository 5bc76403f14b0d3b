using System.Text.Json;
using Baton.Contracts.Runs;
using Baton.Contracts.Streaming;
using static Baton.Api.Runs.CliJson;

namespace Baton.Api.Runs;

/// <summary>
/// Derives the <see cref="StreamEvent"/>s browsers get from one CLI stdout line (CLAUDE-CLI.md):
/// streamed block starts and deltas, whole blocks from <c>assistant</c> lines, tool results from
/// <c>user</c> lines, <c>system</c> lines; anything else passes on whole as <c>other</c>. Each event
/// carries the line's <c>parent_tool_use_id</c>, which names the subagent it comes from.
/// </summary>
public static class CliLineInterpreter
{
    private static readonly JsonElement NoContent = JsonSerializer.SerializeToElement("");

    public static IReadOnlyList<StreamEvent> Interpret(JsonElement line, RunStreamCursor cursor, AssistantContent content)
    {
        if (line.ValueKind != JsonValueKind.Object)
        {
            return [new OtherEvent(line)];
        }

        var parent = Text(line, "parent_tool_use_id");
        IReadOnlyList<StreamEvent> events = Text(line, "type") switch
        {
            "stream_event" when line.TryGetProperty("event", out var streamed) && streamed.ValueKind == JsonValueKind.Object =>
                FromStreamEvent(line, streamed, parent, cursor, content),
            "assistant" when line.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object =>
                FromAssistant(line, message, parent, cursor, content),
            "user" => FromUser(line),
            "system" => [FromSystem(line)],
            _ => [new OtherEvent(line)],
        };
        return parent is null ? events : [.. events.Select(streamEvent => streamEvent with { ParentToolUseId = parent })];
    }

    /// <summary>Whether the line is a streamed delta of a block: <see cref="Interpret"/> makes it one delta event and changes no cursor.</summary>
    public static bool IsDelta(JsonElement line) =>
        TextIs(line, "type", "stream_event")
        && line.TryGetProperty("event", out var streamed)
        && TextIs(streamed, "type", "content_block_delta")
        && streamed.TryGetProperty("delta", out var delta)
        && TextIs(delta, "type", "text_delta", "thinking_delta", "input_json_delta");

    private static IReadOnlyList<StreamEvent> FromStreamEvent(
        JsonElement line, JsonElement streamed, string? parent, RunStreamCursor cursor, AssistantContent content)
    {
        var type = Text(streamed, "type");
        if (type == "message_start")
        {
            if (streamed.TryGetProperty("message", out var message) && Text(message, "id") is { } id)
            {
                cursor.Begin(parent, id);
            }

            return [];
        }

        // Stops and message deltas carry nothing a browser shows: the assistant line completes each block.
        if (type is "content_block_stop" or "message_delta" or "message_stop" or "ping")
        {
            return [];
        }

        var index = streamed.TryGetProperty("index", out var indexValue) && indexValue.TryGetInt32(out var parsed) ? parsed : 0;
        var cliMessageId = cursor.CliMessageIdOf(parent) ?? content.LastCliMessageId(parent) ?? "";
        if (type == "content_block_start" && streamed.TryGetProperty("content_block", out var block))
        {
            return Text(block, "type") switch
            {
                "text" => [new BlockStartEvent(cliMessageId, index, BlockType.Text, null, null)],
                "thinking" => [new BlockStartEvent(cliMessageId, index, BlockType.Thinking, null, null)],
                "tool_use" => [new BlockStartEvent(cliMessageId, index, BlockType.ToolUse, Text(block, "id"), Text(block, "name"))],
                _ => [new OtherEvent(line)],
            };
        }

        if (type == "content_block_delta" && streamed.TryGetProperty("delta", out var delta))
        {
            return Text(delta, "type") switch
            {
                "text_delta" => [new TextDeltaEvent(cliMessageId, index, Text(delta, "text") ?? "")],
                "thinking_delta" => [new ThinkingDeltaEvent(cliMessageId, index, Text(delta, "thinking") ?? "")],
                "input_json_delta" => [new ToolInputDeltaEvent(cliMessageId, index, Text(delta, "partial_json") ?? "")],
                // A thinking block's signature matters to the model only; the whole block carries it.
                "signature_delta" => [],
                _ => [new OtherEvent(line)],
            };
        }

        return [new OtherEvent(line)];
    }

    /// <summary>One line per whole block; the CLI does not say its index, so it is the block's place in its message.</summary>
    private static IReadOnlyList<StreamEvent> FromAssistant(
        JsonElement line, JsonElement message, string? parent, RunStreamCursor cursor, AssistantContent content)
    {
        var cliMessageId = Text(message, "id") ?? cursor.CliMessageIdOf(parent) ?? "";
        if (!message.TryGetProperty("content", out var blocks) || blocks.ValueKind != JsonValueKind.Array)
        {
            return [new OtherEvent(line)];
        }

        cursor.Begin(parent, cliMessageId);
        var firstIndex = content.CompletedBlockCount(cliMessageId);
        return [.. blocks.EnumerateArray().Select((block, offset) =>
            new BlockCompleteEvent(cliMessageId, firstIndex + offset, CliBlocks.ToMessageBlock(block)))];
    }

    /// <summary>
    /// The CLI puts its structured result (an edit's patch, a file's lines) beside the message, one per
    /// line: it belongs to the line's tool result when there is exactly one.
    /// </summary>
    private static IReadOnlyList<StreamEvent> FromUser(JsonElement line)
    {
        // The CLI's echo of a message steered into the running turn, as the bridge marked it.
        if (line.TryGetProperty(SteeredLine.Marker, out var marker) && marker.ValueKind is JsonValueKind.True
            && line.TryGetProperty("message", out var echoed) && Text(echoed, "content") is { } steered)
        {
            return [new SteeredMessageEvent(steered)];
        }

        if (!line.TryGetProperty("message", out var message)
            || !message.TryGetProperty("content", out var blocks)
            || blocks.ValueKind != JsonValueKind.Array)
        {
            return [new OtherEvent(line)];
        }

        var results = blocks.EnumerateArray()
            .Where(block => block.ValueKind == JsonValueKind.Object && Text(block, "type") == "tool_result")
            .ToList();
        JsonElement? structured = results.Count == 1 && line.TryGetProperty("tool_use_result", out var toolUseResult) ? toolUseResult : null;
        return results.Count == 0
            ? [new OtherEvent(line)]
            : [.. results.Select(block => new ToolResultEvent(
                Text(block, "tool_use_id") ?? "",
                block.TryGetProperty("content", out var resultContent) ? resultContent : NoContent,
                block.TryGetProperty("is_error", out var isError) && isError.ValueKind == JsonValueKind.True)
            {
                ToolUseResult = structured,
            })];
    }

    private static SystemEvent FromSystem(JsonElement line)
    {
        IReadOnlyList<string>? tools = line.TryGetProperty("tools", out var toolList) && toolList.ValueKind == JsonValueKind.Array
            ? [.. toolList.EnumerateArray().Where(tool => tool.ValueKind == JsonValueKind.String).Select(tool => tool.GetString()!)]
            : null;
        return new SystemEvent(
            Text(line, "subtype") ?? "",
            Text(line, "session_id"),
            Text(line, "model"),
            tools,
            Text(line, "permissionMode"),
            line);
    }
}
