using System.Text.Json;

namespace Baton.Api.Inbox;

/// <summary>
/// A permission prompt, Claude's questions or a plan waiting for an answer: what <c>interactive_prompt</c>
/// carries, so the conversation's own cards answer it in the inbox.
/// </summary>
public sealed record InboxPrompt(
    Guid PromptId,
    Guid RequestId,
    InboxConversation Conversation,
    string ToolUseId,
    string ToolName,
    JsonElement Input,
    IReadOnlyList<JsonElement> Suggestions,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt);
