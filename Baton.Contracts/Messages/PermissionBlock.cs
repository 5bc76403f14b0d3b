using System.Text.Json;
using System.Text.Json.Serialization;
using Baton.Contracts.Permissions;

namespace Baton.Contracts.Messages;

/// <summary>
/// A permission prompt with all its card shows, so a page loaded from history can still answer it.
/// <see cref="Decision"/> and <see cref="By"/> are absent while it waits for an answer; <see cref="Answers"/>
/// holds the answers to Claude's questions (AskUserQuestion) once given, and <see cref="Mode"/> the
/// permission mode an allow switched to (approving a plan); each is absent otherwise.
/// </summary>
public sealed record PermissionBlock(
    Guid PromptId,
    string ToolName,
    string ToolUseId,
    JsonElement Input,
    IReadOnlyList<JsonElement> Suggestions,
    DateTimeOffset ExpiresAt) : MessageBlock
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PermissionDecision? Decision { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ResolvedBy? By { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<QuestionAnswer>? Answers { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PermissionMode? Mode { get; init; }
}
