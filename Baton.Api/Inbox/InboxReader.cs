using System.Text.Json;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Inbox;

/// <summary>
/// Reads what needs a person from the stored prompts and runs of their own conversations. A run waiting
/// on a prompt is listed under its prompt, not as running too. A failed run
/// shows for a day, until dismissed, or until a later run in its conversation made it old news.
/// </summary>
public sealed class InboxReader(BatonDbContext db, TimeProvider time)
{
    public static readonly TimeSpan FailedRunsShownFor = TimeSpan.FromDays(1);

    /// <summary>The most items of one kind listed; more than this many waiting at once is not a list a person reads.</summary>
    public const int MaxPerKind = 100;

    public async Task<InboxContents> ReadAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        // Anonymous rows throughout: EF translates member access on them, not on a record made by its constructor.
        var conversations = db.Conversations
            .Where(c => c.OwnerId == ownerId)
            .Join(db.Projects, c => c.ProjectId, p => p.Id, (c, p) => new { c.Id, c.Title, c.ProjectId, ProjectName = p.Name });

        var prompts = await db.InteractivePrompts.AsNoTracking()
            .Where(p => p.Status == PromptStatus.Pending)
            .Join(conversations, p => p.ConversationId, c => c.Id, (p, c) => new { Prompt = p, c.Title, c.ProjectId, c.ProjectName })
            .OrderBy(x => x.Prompt.ExpiresAt)
            .Take(MaxPerKind)
            .ToListAsync(cancellationToken);

        // A run waiting on one of its prompts is listed with that prompt, once.
        var running = await db.Runs.AsNoTracking()
            .Where(r => (r.Status == RunStatus.Dispatched || r.Status == RunStatus.Running)
                && !db.InteractivePrompts.Any(p => p.RunId == r.Id && p.Status == PromptStatus.Pending))
            .Join(conversations, r => r.ConversationId, c => c.Id, (r, c) => new { r.Id, r.CreatedAt, c.Title, c.ProjectId, c.ProjectName, ConversationId = c.Id })
            .OrderBy(x => x.CreatedAt)
            .Take(MaxPerKind)
            .ToListAsync(cancellationToken);

        var shownSince = time.GetStoredUtcNow() - FailedRunsShownFor;
        var failed = await db.Runs.AsNoTracking()
            .Where(r => r.Status == RunStatus.Failed && r.InboxDismissedAt == null && r.EndedAt > shownSince
                && !db.Runs.Any(later => later.ConversationId == r.ConversationId && later.CreatedAt > r.CreatedAt))
            .Join(conversations, r => r.ConversationId, c => c.Id, (r, c) => new
            {
                r.Id, r.ErrorCode, r.ErrorMessage, r.EndedAt, c.Title, c.ProjectId, c.ProjectName, ConversationId = c.Id,
            })
            .OrderByDescending(x => x.EndedAt)
            .Take(MaxPerKind)
            .ToListAsync(cancellationToken);

        return new InboxContents(
            [.. prompts.Select(x => ToItem(x.Prompt, new InboxConversation(x.Prompt.ConversationId, x.Title, x.ProjectId, x.ProjectName)))],
            [.. running.Select(x => new InboxRun(x.Id, new InboxConversation(x.ConversationId, x.Title, x.ProjectId, x.ProjectName), x.CreatedAt))],
            [.. failed.Select(x => new InboxFailedRun(
                x.Id,
                new InboxConversation(x.ConversationId, x.Title, x.ProjectId, x.ProjectName),
                x.ErrorCode ?? "",
                x.ErrorMessage ?? "",
                x.EndedAt!.Value))]);
    }

    private static InboxPrompt ToItem(StoredPrompt prompt, InboxConversation conversation) => new(
        prompt.Id,
        prompt.RunId,
        conversation,
        prompt.ToolUseId ?? "",
        prompt.ToolName,
        prompt.Input,
        prompt.Suggestions.ValueKind == JsonValueKind.Array ? [.. prompt.Suggestions.EnumerateArray()] : [],
        prompt.CreatedAt,
        prompt.ExpiresAt);
}
