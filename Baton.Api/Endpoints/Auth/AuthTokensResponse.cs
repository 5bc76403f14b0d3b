namespace Baton.Api.Endpoints.Auth;

/// <summary>
/// A signed-in session: send the access token as Bearer (or <c>access_token</c> on the hubs) and
/// refresh before it expires. The refresh token is also set as an HttpOnly cookie; it is in the body
/// only for a client that is not a browser (a request without <c>Origin</c> and <c>Sec-Fetch-Site</c>).
/// </summary>
public sealed record AuthTokensResponse(
    string AccessToken,
    DateTimeOffset AccessTokenExpiresAt,
    string? RefreshToken,
    DateTimeOffset RefreshTokenExpiresAt,
    UserResponse User);
