namespace Baton.Api.Data.Entities;

/// <summary>
/// One refresh token, stored as its hash. Each refresh spends the token and issues the next one
/// in the same family; presenting a spent token again revokes the whole family.
/// </summary>
public sealed class RefreshToken
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid FamilyId { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
