namespace Baton.Api.Endpoints.Auth;

/// <summary>Body of refresh and sign-out: the refresh token of the session.</summary>
public sealed record RefreshTokenRequest(string RefreshToken);
