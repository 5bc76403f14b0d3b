namespace Baton.Api.Auth;

/// <summary>Whether anyone who reaches the API may create an account.</summary>
public enum SignUpPolicy
{
    Open,

    /// <summary>Only the configured first user (<c>Seed:Email</c>) exists; the sign-up endpoint refuses.</summary>
    Closed,
}
