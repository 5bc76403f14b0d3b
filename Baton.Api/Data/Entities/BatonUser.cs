using Microsoft.AspNetCore.Identity;

namespace Baton.Api.Data.Entities;

/// <summary>A person who signs in to Baton; Identity keeps the email and the password hash.</summary>
public sealed class BatonUser : IdentityUser<Guid>
{
    public DateTimeOffset CreatedAt { get; set; }
}
