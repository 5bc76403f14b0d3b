using System.Text.Json;
using Baton.Contracts.Conversations;

namespace Baton.Contracts.Permissions;

/// <summary>
/// <c>interactive_prompt</c>: the CLI asks to use a tool. <paramref name="Input"/> and
/// <paramref name="Suggestions"/> are the CLI's own values; an answer refers to suggestions by index.
/// </summary>
public sealed record InteractivePrompt(
    Guid ConversationId,
    long Seq,
    Guid PromptId,
    Guid RequestId,
    string ToolUseId,
    string ToolName,
    JsonElement Input,
    IReadOnlyList<JsonElement> Suggestions,
    DateTimeOffset ExpiresAt) : ConversationEvent(ConversationId, Seq);
