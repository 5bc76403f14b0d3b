namespace Baton.Contracts.Streaming;

/// <summary>The <c>kind</c> discriminator values of <see cref="StreamEvent"/>.</summary>
public static class StreamEventKinds
{
    public const string UserMessage = "user_message";
    public const string BlockStart = "block_start";
    public const string TextDelta = "text_delta";
    public const string ThinkingDelta = "thinking_delta";
    public const string ToolInputDelta = "tool_input_delta";
    public const string BlockComplete = "block_complete";
    public const string ToolResult = "tool_result";
    public const string System = "system";
    public const string SteeredMessage = "steered_message";
    public const string Other = "other";
}
