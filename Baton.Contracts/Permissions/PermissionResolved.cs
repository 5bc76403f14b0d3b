using System.Text.Json.Serialization;
using Baton.Contracts.Conversations;

namespace Baton.Contracts.Permissions;

/// <summary>
/// <c>permission:resolved</c>: a prompt is settled, so every tab can close it. <paramref name="Mode"/> is the
/// permission mode an allow switched the session to (approving a plan), if any; <see cref="Answers"/> holds
/// what the person answered to Claude's questions (AskUserQuestion), absent for any other prompt.
/// </summary>
public sealed record PermissionResolved(
    Guid ConversationId,
    long Seq,
    Guid PromptId,
    PermissionDecision Decision,
    ResolvedBy By,
    PermissionMode? Mode = null) : ConversationEvent(ConversationId, Seq)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<QuestionAnswer>? Answers { get; init; }
}
