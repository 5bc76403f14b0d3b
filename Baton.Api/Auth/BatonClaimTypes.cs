namespace Baton.Api.Auth;

public static class BatonClaimTypes
{
    /// <summary>The user id, as the JWT <c>sub</c>.</summary>
    public const string UserId = "sub";

    public const string Email = "email";

    /// <summary>The sign-in (refresh token family) an access token was issued in, so signing it out can close its connections.</summary>
    public const string SessionId = "sid";

    public const string BridgeId = "bridge_id";

    /// <summary>The user who created the bridge: a bridge acts for that user's projects only.</summary>
    public const string BridgeOwnerId = "bridge_owner_id";
}
