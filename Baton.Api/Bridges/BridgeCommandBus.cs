using System.Text.Json;
using Baton.Api.Hubs;
using Baton.Api.Permissions;
using Baton.Contracts.Permissions;
using StackExchange.Redis;

namespace Baton.Api.Bridges;

/// <summary>
/// The fast path for permission answers and aborts to the instance holding the bridge: a Redis
/// channel every instance listens on. The stored state is the truth; a message lost while Redis is
/// away is delivered by the next sweep, and every reconnect to Redis triggers one.
/// </summary>
public sealed class BridgeCommandBus(
    IConnectionMultiplexer redis,
    LocalBridgeConnections localBridges,
    BridgeCommandDelivery delivery,
    SettledElsewhere settledElsewhere,
    ILogger<BridgeCommandBus> logger) : IHostedService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("baton:bridge-commands");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionRestored += OnConnectionRestored;
        await redis.GetSubscriber().SubscribeAsync(Channel, (_, message) => OnCommand(message));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionRestored -= OnConnectionRestored;
        await redis.GetSubscriber().UnsubscribeAsync(Channel);
    }

    /// <summary>
    /// A permission answer just stored: sent as it is when the bridge is here; otherwise the instance that holds
    /// the bridge is told, with the answer, which it sends as it is, and the resolution, which its fold of the answer
    /// takes. Either way no read of the store is on the round trip's path.
    /// </summary>
    public Task DeliverAnswerAsync(Guid bridgeId, CliPermissionResponse answer, StoredResolution resolution)
    {
        if (localBridges.Find(bridgeId) is null)
        {
            return NotifyAsync(new BridgeCommand(bridgeId, BridgeCommand.PermissionKind, answer.PromptId, answer, resolution));
        }

        delivery.SendAnswer(bridgeId, answer);
        return Task.CompletedTask;
    }

    /// <summary>Delivers at once when the bridge is here; otherwise tells the instance that holds it.</summary>
    public async Task NotifyAsync(BridgeCommand command)
    {
        if (localBridges.Find(command.BridgeId) is not null)
        {
            delivery.Signal(command.BridgeId);
            return;
        }

        try
        {
            // Fire and forget: while Redis is away the call must not wait for it; the sweep covers the loss.
            await redis.GetSubscriber().PublishAsync(Channel, JsonSerializer.Serialize(command, WireJson.Options), CommandFlags.FireAndForget);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not publish {Kind} {Id} for bridge {BridgeId}; the delivery sweep will carry it",
                command.Kind, command.Id, command.BridgeId);
        }
    }

    private void OnCommand(RedisValue message)
    {
        try
        {
            if (JsonSerializer.Deserialize<BridgeCommand>(message.ToString(), WireJson.Options) is not { } command
                || localBridges.Find(command.BridgeId) is null)
            {
                return;
            }

            if (command.Answer is { } answer)
            {
                delivery.SendAnswer(command.BridgeId, answer);
                if (command.Resolution is { } resolution)
                {
                    settledElsewhere.Take(resolution);
                }
            }
            else
            {
                delivery.Signal(command.BridgeId);
            }
        }
        catch (JsonException exception)
        {
            logger.LogWarning(exception, "Ignored a malformed message on {Channel}", Channel);
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs args)
    {
        logger.LogInformation("Redis connection restored ({ConnectionType}); delivering what bridges here are owed", args.ConnectionType);
        delivery.SignalAll();
    }
}
