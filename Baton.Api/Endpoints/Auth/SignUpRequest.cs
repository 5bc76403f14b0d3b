namespace Baton.Api.Endpoints.Auth;

/// <param name="Email">The new account's email, also its user name.</param>
/// <param name="Password">The new account's password.</param>
/// <param name="InvitationCode">Needed only while sign-up is closed: a code an existing user created, spent by this sign-up.</param>
public sealed record SignUpRequest(string Email, string Password, string? InvitationCode = null);
