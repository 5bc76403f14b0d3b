namespace Baton.Api.Auth;

/// <summary>Names of the authentication schemes and authorization policies, said once.</summary>
public static class AuthSchemes
{
    /// <summary>Users: JWT access tokens issued by <see cref="AccessTokenIssuer"/>.</summary>
    public const string User = "Bearer";

    /// <summary>Bridges: opaque tokens looked up by hash.</summary>
    public const string BridgeToken = "BridgeToken";

    /// <summary>The policy of <c>/hubs/bridge</c> and <c>/api/bridge/*</c>.</summary>
    public const string BridgePolicy = "Bridge";

    /// <summary>Where browsers' WebSockets and the bridge put their token (they cannot set headers everywhere).</summary>
    public const string AccessTokenQueryParameter = "access_token";

    public const string HubsPathPrefix = "/hubs";
    public const string BridgeHubPath = "/hubs/bridge";
}
