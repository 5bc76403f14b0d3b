using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Hubs;
using Baton.Api.Permissions;
using Baton.Contracts.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WirePrompt = Baton.Contracts.Permissions.InteractivePrompt;

namespace Baton.Api.Runs;

/// <summary>
/// The prompts of a run being recorded: a permission request opens a prompt, stored with the turn's events (and
/// answered at once when a project rule decides it), a cancelled or outlived one is closed, each with the event that says so.
/// </summary>
public sealed class TurnPrompts(
    BatonDbContext db,
    IOptions<PermissionOptions> permissionOptions,
    TimeProvider time)
{
    private const string RuleDenial = "A rule of this project denies this.";

    public void Open(RunTurn turn, PermissionRequested request)
    {
        var asked = turn.Permissions;
        if (turn.NewPrompts.Any(p => p.Id == request.PromptId) || asked.StoredPromptIds.Contains(request.PromptId))
        {
            return;
        }

        var run = turn.Run;
        var now = time.GetStoredUtcNow();
        var prompt = new StoredPrompt
        {
            Id = request.PromptId,
            ConversationId = run.ConversationId,
            RunId = run.Id,
            ToolUseId = request.ToolUseId,
            ToolName = request.ToolName,
            Input = request.Input,
            Suggestions = WireJson.ToElement(request.Suggestions),
            Status = PromptStatus.Pending,
            CreatedAt = now,
            ExpiresAt = now + permissionOptions.Value.PromptExpiry,
        };
        turn.NewPrompts.Add(prompt);
        var wirePrompt = new WirePrompt(
            run.ConversationId, 0, prompt.Id, run.Id, request.ToolUseId, request.ToolName, request.Input, request.Suggestions, prompt.ExpiresAt);
        turn.Content.AddPermission(wirePrompt);

        if (PermissionRulebook.Decide(asked.Rules, asked.RootDirectory, request.ToolName, request.Input) is not { } behavior)
        {
            turn.Add(wirePrompt, request.BridgeSeq);
            return;
        }

        var allowed = behavior == RuleBehavior.Allow;
        prompt.Status = PromptStatus.Answered;
        prompt.Decision = allowed ? PromptDecision.Allow : PromptDecision.Deny;
        prompt.ResolvedBy = PromptResolver.Rule;
        prompt.ResolvedAt = now;
        prompt.Response = WireJson.ToElement(allowed
            ? new CliPermissionResponse(prompt.Id, PermissionBehavior.Allow, request.Input, null, null, null)
            : new CliPermissionResponse(prompt.Id, PermissionBehavior.Deny, null, null, RuleDenial, null));
        Resolve(turn, prompt, request.BridgeSeq);
        turn.AnsweredPromptIds.Add(prompt.Id);
    }

    public async Task CancelAsync(RunTurn turn, PermissionCancelled cancellation, CancellationToken cancellationToken)
    {
        var prompt = turn.NewPrompts.FirstOrDefault(p => p.Id == cancellation.PromptId)
            ?? (await db.InteractivePrompts
                .FromSql($"SELECT * FROM interactive_prompts WHERE id = {cancellation.PromptId} AND run_id = {turn.Run.Id} FOR UPDATE")
                .ToListAsync(cancellationToken)).SingleOrDefault();
        if (prompt is { Status: PromptStatus.Pending })
        {
            Cancel(turn, prompt, cancellation.BridgeSeq);
        }
    }

    public void Cancel(RunTurn turn, StoredPrompt prompt, long? bridgeSeq)
    {
        prompt.Status = PromptStatus.Cancelled;
        prompt.Decision = PromptDecision.Deny;
        prompt.ResolvedBy = PromptResolver.Cancelled;
        prompt.ResolvedAt = time.GetStoredUtcNow();
        Resolve(turn, prompt, bridgeSeq);
    }

    private static void Resolve(RunTurn turn, StoredPrompt prompt, long? bridgeSeq)
    {
        var decision = prompt.Decision!.Value.ToWire();
        var by = prompt.ResolvedBy!.Value.ToWire();
        var resolved = new PermissionResolved(turn.Run.ConversationId, 0, prompt.Id, decision, by);
        turn.Content.ResolvePermission(resolved);
        turn.PromptWaits.Add(prompt.ResolvedAt!.Value - prompt.CreatedAt);
        turn.Add(resolved, bridgeSeq);
    }
}
