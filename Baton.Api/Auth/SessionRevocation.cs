using Baton.Api.Hubs;
using StackExchange.Redis;

namespace Baton.Api.Auth;

/// <summary>
/// An access token outlives its session's sign-out (or a refresh token's reuse) by up to its lifetime,
/// and a hub connection opened with it would stay open. So ending a session closes its browser
/// connections on every instance; the chat hub then refuses the session when they reconnect.
/// </summary>
public sealed class SessionRevocation(
    IConnectionMultiplexer redis,
    LocalBrowserConnections browsers,
    ILogger<SessionRevocation> logger) : EveryInstanceClose(redis, Channel, logger)
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("baton:session-revoked");

    public override void CloseHere(Guid id, string reason)
    {
        if (browsers.CloseSession(id) is var closed and > 0)
        {
            logger.LogInformation("Closed {Count} browser connections of session {SessionId}: {Reason}", closed, id, reason);
        }
    }
}
