namespace Baton.Api.Auth;

/// <summary>A successful refresh: whose token it was, and its successor.</summary>
public sealed record RotatedRefreshToken(Guid UserId, IssuedRefreshToken Next);
