using System.Text.Json;
using Baton.Api.Data;
using Baton.Api.Data.Entities;

namespace Baton.Api.Permissions;

/// <summary>
/// What settling a prompt needs to know before it locks anything, and what a person's answer is
/// checked against: one query for both, since an answer is on the permission round trip's path.
/// </summary>
public sealed record PromptTarget(
    Guid PromptId,
    Guid ConversationId,
    Guid ProjectId,
    Guid RunId,
    Guid BridgeId,
    string ToolName,
    JsonElement Input,
    JsonElement Suggestions)
{
    public static IQueryable<PromptTarget> Query(BatonDbContext db, IQueryable<StoredPrompt> prompts) =>
        from prompt in prompts
        join run in db.Runs on prompt.RunId equals run.Id
        join conversation in db.Conversations on prompt.ConversationId equals conversation.Id
        select new PromptTarget(
            prompt.Id, prompt.ConversationId, conversation.ProjectId, run.Id, run.BridgeId,
            prompt.ToolName, prompt.Input, prompt.Suggestions);
}
