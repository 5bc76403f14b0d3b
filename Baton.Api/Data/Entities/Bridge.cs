namespace Baton.Api.Data.Entities;

/// <summary>A bridge is its token: a machine that runs Claude Code for the user who created it.</summary>
public sealed class Bridge
{
    public const int NameMaxLength = 100;

    public Guid Id { get; set; }
    public Guid OwnerId { get; set; }
    public required string Name { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastSeenAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>The CLI the bridge last said it runs, and its configuration folder (null: the CLI's default).</summary>
    public string? CliPath { get; set; }
    public string? CliConfigDir { get; set; }
}
