using Baton.Api.Hubs;
using StackExchange.Redis;

namespace Baton.Api.Auth;

/// <summary>
/// An access token outlives its session's sign-out (or a refresh token's reuse) by up to its lifetime,
/// and a hub connection opened with it would stay open. So ending a session closes its browser
/// connections here and asks every other instance, over Redis, to close theirs; the chat hub then
/// refuses the session when they reconnect.
/// </summary>
public sealed class SessionRevocation(
    IConnectionMultiplexer redis,
    LocalBrowserConnections browsers,
    ILogger<SessionRevocation> logger) : IHostedService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("baton:session-revoked");

    public async Task StartAsync(CancellationToken cancellationToken) =>
        await redis.GetSubscriber().SubscribeAsync(Channel, (_, message) =>
        {
            if (Guid.TryParse(message.ToString(), out var sessionId))
            {
                Close(sessionId);
            }
        });

    public async Task StopAsync(CancellationToken cancellationToken) => await redis.GetSubscriber().UnsubscribeAsync(Channel);

    /// <summary>Closes the ended session's hub connections on every instance; call it once the revocation is stored.</summary>
    public async Task CloseEverywhereAsync(Guid sessionId)
    {
        Close(sessionId);
        try
        {
            await redis.GetSubscriber().PublishAsync(Channel, sessionId.ToString(), CommandFlags.FireAndForget);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not ask the other instances to close the connections of session {SessionId}", sessionId);
        }
    }

    private void Close(Guid sessionId)
    {
        if (browsers.CloseSession(sessionId) is var closed and > 0)
        {
            logger.LogInformation("Closed {Count} browser connections of ended session {SessionId}", closed, sessionId);
        }
    }
}
