namespace Baton.Api.Endpoints.Auth;

/// <summary>
/// A signed-in session: send the access token as Bearer (or <c>access_token</c> on the hubs) and
/// trade the refresh token for a new pair before the access token expires.
/// </summary>
public sealed record AuthTokensResponse(
    string AccessToken,
    DateTimeOffset AccessTokenExpiresAt,
    string RefreshToken,
    DateTimeOffset RefreshTokenExpiresAt,
    UserResponse User);
