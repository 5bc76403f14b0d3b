using Baton.Api.Data.Entities;
using Baton.Contracts.Permissions;

namespace Baton.Api.Permissions;

/// <summary>
/// How a prompt ends: its new status, the decision and who made it, and the answer the bridge must
/// get (none for a cancelled prompt). An answer may also store rules and switch the conversation's mode, and
/// an answer to Claude's questions carries what the person answered.
/// </summary>
public sealed record PromptSettlement(PromptStatus Status, PromptDecision Decision, PromptResolver By, CliPermissionResponse? Response)
{
    public Guid? AnsweredByUserId { get; init; }

    public IReadOnlyList<(string Rule, RuleBehavior Behavior)> Rules { get; init; } = [];

    public StoredPermissionMode? Mode { get; init; }

    public IReadOnlyList<QuestionAnswer>? Answers { get; init; }
}
