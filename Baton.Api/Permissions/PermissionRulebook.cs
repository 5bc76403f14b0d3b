using System.Text.Json;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Permissions;

/// <summary>A project's stored rules: the answer they give to a tool use, and the allow rules new CLI processes start with.</summary>
public sealed class PermissionRulebook(BatonDbContext db)
{
    /// <summary>
    /// What the project's <paramref name="rules"/> answer to a tool use: deny rules win over allow rules; null
    /// when no rule covers the use and a person must answer. The caller reads the rules, with whatever else it needs.
    /// </summary>
    public static RuleBehavior? Decide(IEnumerable<ProjectRule> rules, string projectRoot, string toolName, JsonElement input)
    {
        var matching = rules.Where(r => PermissionRuleMatcher.Matches(r.Rule, toolName, input, projectRoot)).ToList();
        if (matching.Any(r => r.Behavior == RuleBehavior.Deny))
        {
            return RuleBehavior.Deny;
        }

        return matching.Count > 0 ? RuleBehavior.Allow : null;
    }

    public Task<List<string>> AllowedToolsAsync(Guid projectId, CancellationToken cancellationToken) =>
        db.PermissionRules.AsNoTracking()
            .Where(r => r.ProjectId == projectId && r.Behavior == RuleBehavior.Allow)
            .OrderBy(r => r.CreatedAt)
            .Select(r => r.Rule)
            .ToListAsync(cancellationToken);

    /// <summary>Stores rules within the caller's transaction; a rule the project has already is left as it is.</summary>
    public async Task AddAsync(Guid projectId, Guid userId, IEnumerable<(string Rule, RuleBehavior Behavior)> rules, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var (rule, behavior) in rules)
        {
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO permission_rules (id, project_id, rule, behavior, created_by_user_id, created_at)
                VALUES ({Guid.CreateVersion7()}, {projectId}, {rule}, {behavior.ToString()}, {userId}, {now})
                ON CONFLICT (project_id, behavior, rule) DO NOTHING
                """,
                cancellationToken);
        }
    }
}
