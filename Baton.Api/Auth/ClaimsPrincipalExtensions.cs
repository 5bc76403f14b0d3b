using System.Security.Claims;

namespace Baton.Api.Auth;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in user's id; only called behind the user policy, so the claim is there.</summary>
    public static Guid GetUserId(this ClaimsPrincipal principal) =>
        Guid.Parse(principal.FindFirstValue(BatonClaimTypes.UserId)
            ?? throw new InvalidOperationException("The principal is not a signed-in user."));

    /// <summary>The sign-in the access token belongs to; null for a token issued without one.</summary>
    public static Guid? GetSessionId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(BatonClaimTypes.SessionId), out var sessionId) ? sessionId : null;

    /// <summary>The authenticated bridge's id; only called behind the bridge policy.</summary>
    public static Guid GetBridgeId(this ClaimsPrincipal principal) =>
        Guid.Parse(principal.FindFirstValue(BatonClaimTypes.BridgeId)
            ?? throw new InvalidOperationException("The principal is not a bridge."));

    /// <summary>The user who owns the authenticated bridge; only called behind the bridge policy.</summary>
    public static Guid GetBridgeOwnerId(this ClaimsPrincipal principal) =>
        Guid.Parse(principal.FindFirstValue(BatonClaimTypes.BridgeOwnerId)
            ?? throw new InvalidOperationException("The principal is not a bridge."));
}
