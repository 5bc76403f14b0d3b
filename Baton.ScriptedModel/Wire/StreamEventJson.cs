using System.Text.Json.Nodes;

namespace Baton.ScriptedModel.Wire;

/// <summary>The data of each server-sent event of a streamed Messages API answer.</summary>
public static class StreamEventJson
{
    public static JsonObject MessageStart(JsonObject message) => new() { ["type"] = "message_start", ["message"] = message };

    public static JsonObject ContentBlockStart(int index, JsonObject block) => new()
    {
        ["type"] = "content_block_start",
        ["index"] = index,
        ["content_block"] = block,
    };

    public static JsonObject ContentBlockDelta(int index, JsonObject delta) => new()
    {
        ["type"] = "content_block_delta",
        ["index"] = index,
        ["delta"] = delta,
    };

    public static JsonObject TextDelta(string text) => new() { ["type"] = "text_delta", ["text"] = text };

    public static JsonObject ThinkingDelta(string thinking) => new() { ["type"] = "thinking_delta", ["thinking"] = thinking };

    public static JsonObject SignatureDelta(string signature) => new() { ["type"] = "signature_delta", ["signature"] = signature };

    public static JsonObject InputJsonDelta(string partialJson) => new() { ["type"] = "input_json_delta", ["partial_json"] = partialJson };

    public static JsonObject ContentBlockStop(int index) => new() { ["type"] = "content_block_stop", ["index"] = index };

    public static JsonObject MessageDelta(string stopReason, int inputTokens, int outputTokens) => new()
    {
        ["type"] = "message_delta",
        ["delta"] = new JsonObject { ["stop_reason"] = stopReason, ["stop_sequence"] = null },
        ["usage"] = new JsonObject { ["input_tokens"] = inputTokens, ["output_tokens"] = outputTokens },
    };

    public static JsonObject MessageStop() => new() { ["type"] = "message_stop" };
}
