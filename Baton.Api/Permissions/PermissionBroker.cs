using System.Text.Json;
using Baton.Api.Data;
using Baton.Api.Conversations;
using Baton.Api.Data.Entities;
using Baton.Api.Questions;
using Baton.Api.RunOptions;
using Baton.Contracts.Errors;
using Baton.Contracts.Permissions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Permissions;

/// <summary>
/// <c>permission:response</c> from any tab on any instance: the first answer wins. <c>allow_always</c>
/// stores the chosen <c>addRules</c> suggestion's rules for the project (and a chosen <c>setMode</c>
/// the conversation's mode); the running CLI gets only the chosen suggestions, for its session. A plain
/// <c>allow</c> stores nothing; an allow with a mode (a plan's approval) switches the session and the conversation to it.
/// An allow of Claude's questions (AskUserQuestion) must answer them.
/// </summary>
public sealed class PermissionBroker(BatonDbContext db, PromptSettler settler, BypassPolicy bypass)
{
    private const string DeniedByUser = "The user denied this.";

    public async Task AnswerAsync(Guid userId, PermissionResponse answer, CancellationToken cancellationToken)
    {
        if (answer.Mode is { } mode)
        {
            if (answer.Decision != PermissionDecision.Allow || mode is PermissionMode.Plan)
            {
                throw HubErrors.Create(ErrorCodes.InvalidRequest, "A mode goes with an allow, and leaves plan mode.");
            }

            if (mode is PermissionMode.BypassPermissions)
            {
                // Asked before anything is locked: the bridge's answer can take a while.
                await bypass.EnsureAllowedAsync(userId, await ProjectOfAsync(userId, answer.PromptId, cancellationToken), cancellationToken);
            }
        }

        _ = await settler.SettleAsync(answer.PromptId, userId, (prompt, now) => Decide(prompt, now, userId, answer), cancellationToken)
            ?? throw PromptNotFound();
    }

    private async Task<Guid> ProjectOfAsync(Guid userId, Guid promptId, CancellationToken cancellationToken) =>
        await db.InteractivePrompts
            .Where(p => p.Id == promptId)
            .Join(db.Conversations.Where(c => c.OwnerId == userId), p => p.ConversationId, c => c.Id, (_, c) => (Guid?)c.ProjectId)
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw PromptNotFound();

    private static HubException PromptNotFound() => HubErrors.Create(ErrorCodes.PromptNotFound, "The prompt was not found.");

    private static PromptSettlement Decide(StoredPrompt prompt, DateTimeOffset now, Guid userId, PermissionResponse answer)
    {
        var offered = prompt.Suggestions.ValueKind == JsonValueKind.Array ? prompt.Suggestions.EnumerateArray().ToList() : [];
        if (answer.SuggestionIndexes?.Any(index => index < 0 || index >= offered.Count) == true)
        {
            throw HubErrors.Create(ErrorCodes.InvalidRequest, "A suggestion index is out of range.");
        }

        var questions = prompt.ToolName == QuestionAnswers.ToolName && answer.Decision != PermissionDecision.Deny
            ? QuestionAnswers.Check(prompt.Input, answer.UpdatedInput)
            : ((JsonElement UpdatedInput, IReadOnlyList<QuestionAnswer> Answers)?)null;
        if (prompt.Status == PromptStatus.Expired || (prompt.Status == PromptStatus.Pending && prompt.ExpiresAt <= now))
        {
            throw HubErrors.Create(ErrorCodes.PromptExpired, "The prompt expired and was denied.");
        }

        if (prompt.Status != PromptStatus.Pending)
        {
            throw HubErrors.Create(ErrorCodes.PromptAlreadyAnswered, "The prompt was answered already.");
        }

        if (answer.Decision == PermissionDecision.Deny)
        {
            var denial = new CliPermissionResponse(prompt.Id, PermissionBehavior.Deny, null, null, answer.Message ?? DeniedByUser, answer.Interrupt);
            return new PromptSettlement(PromptStatus.Answered, PromptDecision.Deny, PromptResolver.User, denial) { AnsweredByUserId = userId };
        }

        if (questions is { } answered)
        {
            // Answers are for this call alone: there is no rule to remember.
            var answers = new CliPermissionResponse(prompt.Id, PermissionBehavior.Allow, answered.UpdatedInput, null, null, null);
            return new PromptSettlement(PromptStatus.Answered, PromptDecision.Allow, PromptResolver.User, answers)
            {
                AnsweredByUserId = userId,
                Answers = answered.Answers,
            };
        }

        var input = answer.UpdatedInput ?? prompt.Input;
        var chosen = answer.SuggestionIndexes is { Count: > 0 } indexes ? [.. indexes.Distinct().Select(index => offered[index])] : new List<JsonElement>();
        if (answer.Decision == PermissionDecision.Allow)
        {
            // Allow once: chosen suggestions (an extra directory, say) apply to the running session only.
            List<JsonElement> updates = [.. chosen.Select(PermissionSuggestions.ForSession)];
            if (answer.Mode is { } mode)
            {
                // The CLI leaves plan mode for this mode for the rest of the turn; without it, for default.
                updates.Add(PermissionSuggestions.SetModeForSession(mode));
            }

            var allowance = new CliPermissionResponse(prompt.Id, PermissionBehavior.Allow, input, updates.Count > 0 ? updates : null, null, null);
            return new PromptSettlement(PromptStatus.Answered, PromptDecision.Allow, PromptResolver.User, allowance)
            {
                AnsweredByUserId = userId,
                Mode = answer.Mode?.ToStored(),
            };
        }

        // Allow always: the suggestions the person chose, or else the first that adds rules.
        if (chosen.Count == 0)
        {
            chosen = [.. offered.Where(PermissionSuggestions.IsAddRules).Take(1)];
        }

        var always = new CliPermissionResponse(
            prompt.Id, PermissionBehavior.Allow, input, [.. chosen.Select(PermissionSuggestions.ForSession)], null, null);
        return new PromptSettlement(PromptStatus.Answered, PromptDecision.AllowAlways, PromptResolver.User, always)
        {
            AnsweredByUserId = userId,
            Rules = [.. chosen.SelectMany(PermissionSuggestions.RulesOf)],
            Mode = chosen.Select(PermissionSuggestions.ModeOf).LastOrDefault(mode => mode is not null),
        };
    }
}
