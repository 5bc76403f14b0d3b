using System.Text.Json.Nodes;
using Baton.ScriptedModel.Replies;

namespace Baton.ScriptedModel.Wire;

/// <summary>The Messages API's JSON shapes for messages, content blocks, usage and errors.</summary>
public static class MessageJson
{
    /// <summary>Thinking blocks carry a signature the CLI sends back on later turns; any text will do here.</summary>
    public const string ThinkingSignature = "scripted-thinking-signature";

    public static JsonObject Message(string id, string model, JsonArray content, string? stopReason, JsonObject usage) => new()
    {
        ["id"] = id,
        ["type"] = "message",
        ["role"] = "assistant",
        ["model"] = model,
        ["content"] = content,
        ["stop_reason"] = stopReason,
        ["stop_sequence"] = null,
        ["usage"] = usage,
    };

    public static JsonObject Usage(int inputTokens, int outputTokens) => new()
    {
        ["input_tokens"] = inputTokens,
        ["cache_creation_input_tokens"] = 0,
        ["cache_read_input_tokens"] = 0,
        ["output_tokens"] = outputTokens,
    };

    /// <summary>A whole block, as a non-streaming answer carries it.</summary>
    public static JsonObject Block(ReplyBlock block) => block switch
    {
        TextBlock text => new() { ["type"] = "text", ["text"] = text.Text },
        ThinkingBlock thinking => new() { ["type"] = "thinking", ["thinking"] = thinking.Thinking, ["signature"] = ThinkingSignature },
        ToolUseBlock tool => new() { ["type"] = "tool_use", ["id"] = tool.Id, ["name"] = tool.Name, ["input"] = tool.Input.DeepClone() },
        _ => throw new ArgumentOutOfRangeException(nameof(block), block, "Unknown reply block."),
    };

    /// <summary>A block as <c>content_block_start</c> opens it, before its deltas fill it in.</summary>
    public static JsonObject OpeningBlock(ReplyBlock block) => block switch
    {
        TextBlock => new() { ["type"] = "text", ["text"] = "" },
        ThinkingBlock => new() { ["type"] = "thinking", ["thinking"] = "", ["signature"] = "" },
        ToolUseBlock tool => new() { ["type"] = "tool_use", ["id"] = tool.Id, ["name"] = tool.Name, ["input"] = new JsonObject() },
        _ => throw new ArgumentOutOfRangeException(nameof(block), block, "Unknown reply block."),
    };

    public static JsonObject Error(string errorType, string message) => new()
    {
        ["type"] = "error",
        ["error"] = new JsonObject { ["type"] = errorType, ["message"] = message },
    };
}
