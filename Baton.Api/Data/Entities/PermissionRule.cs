namespace Baton.Api.Data.Entities;

/// <summary>A project's standing answer to matching tool uses, in the CLI's rule syntax (<c>Bash(git status:*)</c>).</summary>
public sealed class PermissionRule
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public required string Rule { get; set; }
    public RuleBehavior Behavior { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
