using System.Text.Json;

namespace Baton.Tests.Infrastructure;

/// <summary>Stdout lines as the Claude Code CLI writes them with <c>--include-partial-messages</c> (CLAUDE-CLI.md).</summary>
public static class CliLines
{
    public static JsonElement SystemInit(string sessionId) => Line(new
    {
        type = "system",
        subtype = "init",
        session_id = sessionId,
        model = "claude-sonnet",
        tools = new[] { "Bash", "Read", "Edit" },
        permissionMode = "default",
    });

    public static JsonElement MessageStart(string cliMessageId) => StreamEvent(new
    {
        type = "message_start",
        message = new { id = cliMessageId, type = "message", role = "assistant", content = Array.Empty<object>() },
    });

    public static JsonElement TextBlockStart(int index) => StreamEvent(new
    {
        type = "content_block_start",
        index,
        content_block = new { type = "text", text = "" },
    });

    public static JsonElement TextDelta(int index, string text) => StreamEvent(new
    {
        type = "content_block_delta",
        index,
        delta = new { type = "text_delta", text },
    });

    public static JsonElement BlockStop(int index) => StreamEvent(new { type = "content_block_stop", index });

    public static JsonElement AssistantText(string cliMessageId, string text) => Line(new
    {
        type = "assistant",
        message = new { id = cliMessageId, role = "assistant", content = new[] { new { type = "text", text } } },
        session_id = "session-1",
    });

    public static JsonElement ToolUse(string cliMessageId, string toolUseId, string name, object input) => Line(new
    {
        type = "assistant",
        message = new { id = cliMessageId, role = "assistant", content = new[] { new { type = "tool_use", id = toolUseId, name, input } } },
        session_id = "session-1",
    });

    public static JsonElement ToolResult(string toolUseId, string content) => Line(new
    {
        type = "user",
        message = new { role = "user", content = new[] { new { type = "tool_result", tool_use_id = toolUseId, content, is_error = false } } },
        session_id = "session-1",
    });

    public static JsonElement Line(object value) => JsonSerializer.SerializeToElement(value);

    private static JsonElement StreamEvent(object streamed) => Line(new { type = "stream_event", @event = streamed, session_id = "session-1" });
}
