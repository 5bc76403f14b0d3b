namespace Baton.Contracts.Messages;

/// <summary>The <c>type</c> discriminator values of <see cref="MessageBlock"/>; the CLI's own names where it has one.</summary>
public static class MessageBlockTypes
{
    public const string Text = "text";
    public const string Thinking = "thinking";
    public const string ToolUse = "tool_use";
    public const string ToolResult = "tool_result";
    public const string Permission = "permission";
    public const string Attachment = "attachment";
    public const string Error = "error";
    public const string Notice = "notice";
    public const string Steered = "steered";
    public const string Other = "other";
}
