namespace Baton.Api.Data.Entities;

/// <summary>
/// A one-time code a user hands to someone so they can sign up while sign-up is closed, stored as
/// its hash. Spent when an account is created with it; refused after it expires.
/// </summary>
public sealed class Invitation
{
    public Guid Id { get; set; }
    public Guid CreatedById { get; set; }
    public required string CodeHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public Guid? UsedById { get; set; }
}
