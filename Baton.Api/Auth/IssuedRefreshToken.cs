namespace Baton.Api.Auth;

/// <summary>A new refresh token; <paramref name="SessionId"/> is its family, which the access tokens issued with it name.</summary>
public sealed record IssuedRefreshToken(string Token, DateTimeOffset ExpiresAt, Guid SessionId);
