namespace Baton.Api.Auth;

/// <summary>Whether anyone who reaches the API may create an account.</summary>
public enum SignUpPolicy
{
    Open,

    /// <summary>The first user comes from <c>Seed:Email</c>; sign-up takes only an invitation code another user created.</summary>
    Closed,
}
