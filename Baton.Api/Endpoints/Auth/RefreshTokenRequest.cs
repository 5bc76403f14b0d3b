namespace Baton.Api.Endpoints.Auth;

/// <summary>Body of refresh and sign-out for a client that holds its refresh token; a browser sends none, and its cookie counts.</summary>
public sealed record RefreshTokenRequest(string RefreshToken);
