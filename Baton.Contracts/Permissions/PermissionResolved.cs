using System.Text.Json.Serialization;
using Baton.Contracts.Conversations;

namespace Baton.Contracts.Permissions;

/// <summary>
/// <c>permission:resolved</c>: a prompt is settled, so every tab can close it. <see cref="Answers"/> holds
/// what the person answered to Claude's questions (AskUserQuestion), absent for any other prompt.
/// </summary>
public sealed record PermissionResolved(
    Guid ConversationId,
    long Seq,
    Guid PromptId,
    PermissionDecision Decision,
    ResolvedBy By) : ConversationEvent(ConversationId, Seq)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<QuestionAnswer>? Answers { get; init; }
}
