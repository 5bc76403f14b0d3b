namespace Baton.Api.Auth;

public sealed record IssuedRefreshToken(string Token, DateTimeOffset ExpiresAt);
