using System.Text.Json;
using System.Text.Json.Nodes;
using Baton.Contracts.Permissions;
using Baton.Contracts.Streaming;

namespace Baton.Api.Runs;

/// <summary>
/// An assistant message's content blocks as history shows them, kept current while the run goes:
/// the CLI's blocks (tagged with their <c>cliMessageId</c> and <c>index</c>, and <c>streaming</c>
/// until the CLI sends the whole block), tool results, permission decisions and errors.
/// </summary>
public sealed class AssistantContent
{
    private const string CliMessageIdField = "cliMessageId";
    private const string IndexField = "index";

    // A tool call's input as streamed so far, named as in the tool_input_delta events that fill it.
    private const string PartialJsonField = "partialJson";
    private const string StreamingField = "streaming";
    private const string TypeField = "type";

    private readonly JsonArray _blocks;

    private AssistantContent(JsonArray blocks) => _blocks = blocks;

    public static AssistantContent Read(JsonElement content) =>
        new(content.ValueKind == JsonValueKind.Array ? JsonNode.Parse(content.GetRawText())!.AsArray() : []);

    public JsonElement ToJson() => JsonSerializer.SerializeToElement(_blocks);

    /// <summary>The CLI message the newest CLI block belongs to.</summary>
    public string? LastCliMessageId => _blocks
        .Select(block => Text(block, CliMessageIdField))
        .LastOrDefault(id => id is not null);

    /// <summary>How many blocks of a CLI message are whole: the index the next whole block of it takes.</summary>
    public int CompletedBlockCount(string cliMessageId) => _blocks.Count(block =>
        Text(block, CliMessageIdField) == cliMessageId && block![StreamingField] is null);

    public void Apply(StreamEvent streamEvent)
    {
        switch (streamEvent)
        {
            case BlockStartEvent start:
                _blocks.Add(StartedBlock(start));
                break;
            case TextDeltaEvent delta:
                AppendText(delta.CliMessageId, delta.Index, "text", delta.Text);
                break;
            case ThinkingDeltaEvent delta:
                AppendText(delta.CliMessageId, delta.Index, "thinking", delta.Text);
                break;
            case ToolInputDeltaEvent delta:
                AppendText(delta.CliMessageId, delta.Index, PartialJsonField, delta.PartialJson);
                break;
            case BlockCompleteEvent complete:
                Complete(complete);
                break;
            case ToolResultEvent result:
                _blocks.Add(new JsonObject
                {
                    [TypeField] = "tool_result",
                    ["toolUseId"] = result.ToolUseId,
                    ["content"] = JsonNode.Parse(result.Content.GetRawText()),
                    ["isError"] = result.IsError,
                });
                break;
        }
    }

    /// <summary>An open prompt carries all its card shows, so a page loaded from history can still answer it.</summary>
    public void AddPermission(Guid promptId, string toolName, string? toolUseId, JsonElement input, JsonElement suggestions, DateTimeOffset expiresAt) =>
        _blocks.Add(new JsonObject
        {
            [TypeField] = "permission",
            ["promptId"] = promptId.ToString(),
            ["toolName"] = toolName,
            ["toolUseId"] = toolUseId,
            ["input"] = JsonNode.Parse(input.GetRawText()),
            ["suggestions"] = JsonNode.Parse(suggestions.GetRawText()),
            ["expiresAt"] = expiresAt,
            ["status"] = "pending",
        });

    /// <summary>Records how a prompt was settled, in the words of <c>permission:resolved</c>.</summary>
    public void ResolvePermission(Guid promptId, PermissionDecision decision, ResolvedBy by)
    {
        var promptText = promptId.ToString();
        var block = _blocks.LastOrDefault(block => Text(block, TypeField) == "permission" && Text(block, "promptId") == promptText);
        if (block is not null)
        {
            block["status"] = "resolved";
            block["decision"] = JsonSerializer.SerializeToNode(decision);
            block["by"] = JsonSerializer.SerializeToNode(by);
        }
    }

    public void AddError(string code, string message) =>
        _blocks.Add(new JsonObject { [TypeField] = "error", ["code"] = code, ["message"] = message });

    private static JsonObject StartedBlock(BlockStartEvent start)
    {
        var block = new JsonObject
        {
            [CliMessageIdField] = start.CliMessageId,
            [IndexField] = start.Index,
            [StreamingField] = true,
        };
        switch (start.BlockType)
        {
            case BlockType.Text:
                block[TypeField] = "text";
                block["text"] = "";
                break;
            case BlockType.Thinking:
                block[TypeField] = "thinking";
                block["thinking"] = "";
                break;
            case BlockType.ToolUse:
                block[TypeField] = "tool_use";
                block["id"] = start.ToolUseId;
                block["name"] = start.Name;
                block[PartialJsonField] = "";
                break;
        }

        return block;
    }

    private void AppendText(string cliMessageId, int index, string field, string text)
    {
        if (Find(cliMessageId, index, streamingOnly: true) is { } block)
        {
            block[field] = (Text(block, field) ?? "") + text;
        }
    }

    private void Complete(BlockCompleteEvent complete)
    {
        var whole = JsonNode.Parse(complete.Block.GetRawText()) as JsonObject ?? new JsonObject { ["value"] = JsonNode.Parse(complete.Block.GetRawText()) };
        whole[CliMessageIdField] = complete.CliMessageId;
        whole[IndexField] = complete.Index;
        if (Find(complete.CliMessageId, complete.Index, streamingOnly: true) is { } streaming)
        {
            _blocks[_blocks.IndexOf(streaming)] = whole;
        }
        else
        {
            _blocks.Add(whole);
        }
    }

    private JsonNode? Find(string cliMessageId, int index, bool streamingOnly) => _blocks.LastOrDefault(block =>
        Text(block, CliMessageIdField) == cliMessageId
        && block![IndexField] is JsonValue value && value.TryGetValue<int>(out var found) && found == index
        && (!streamingOnly || block[StreamingField] is not null));

    private static string? Text(JsonNode? block, string field) =>
        block is JsonObject entry && entry[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
