namespace Baton.ScriptedModel.Conversation;

/// <summary>The outcome of a tool the CLI ran (or refused) for the previous scripted answer.</summary>
public sealed record ToolResult(bool IsError, string Content);
