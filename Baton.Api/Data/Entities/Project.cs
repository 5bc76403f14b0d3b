namespace Baton.Api.Data.Entities;

/// <summary>A folder on a bridge's machine that conversations work in.</summary>
public sealed class Project
{
    public const int NameMaxLength = 100;
    public const int RootDirectoryMaxLength = 1024;

    public Guid Id { get; set; }
    public Guid OwnerId { get; set; }
    public required string Name { get; set; }
    public required string RootDirectory { get; set; }
    public Guid BridgeId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
