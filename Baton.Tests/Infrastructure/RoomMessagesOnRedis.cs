using Baton.Contracts.Chat;
using Baton.Contracts.Streaming;
using StackExchange.Redis;

namespace Baton.Tests.Infrastructure;

/// <summary>
/// Counts the room (SignalR group) messages the API instances publish on the Redis backplane. Counting ends with a marker
/// published behind them: Redis delivers in order, so what was published before it is counted.
/// </summary>
public sealed class RoomMessagesOnRedis : IAsyncDisposable
{
    private const string MarkerChannel = "baton-tests:group:marker";

    private readonly ConnectionMultiplexer _redis;
    private readonly TaskCompletionSource _marked = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _count;

    private RoomMessagesOnRedis(ConnectionMultiplexer redis) => _redis = redis;

    private int Count => Volatile.Read(ref _count);

    /// <summary>
    /// A run streams a word to a tab, both on <c>api</c>; returns how many room messages went on Redis meanwhile,
    /// once the tab has the word and the run's end.
    /// </summary>
    public static async Task<int> CountWhileARunStreamsAsync(BatonAppFixture app)
    {
        await using var onRedis = await ListenAsync(app);
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api");
        await chat.Browser.JoinAsync(chat.ConversationId);

        var (sent, _) = await chat.StartRunAsync();
        await chat.Bridge.StreamAsync(sent.RequestId, CliLines.MessageStart("msg_1"), CliLines.TextBlockStart(0), CliLines.TextDelta(0, "word"));
        await chat.Bridge.CompleteAsync(sent.RequestId);
        await chat.Browser.Events.WaitForAsync<ChatStreamResponse>(m => m.Event is TextDeltaEvent { Text: "word" });
        await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId);
        await onRedis.SettleAsync();
        return onRedis.Count;
    }

    private static async Task<RoomMessagesOnRedis> ListenAsync(BatonAppFixture app)
    {
        var listener = new RoomMessagesOnRedis(await ConnectionMultiplexer.ConnectAsync((await app.GetConnectionStringAsync("redis"))!));
        await listener._redis.GetSubscriber().SubscribeAsync(RedisChannel.Pattern("*:group:*"), (channel, _) =>
        {
            if (channel == RedisChannel.Literal(MarkerChannel))
            {
                listener._marked.TrySetResult();
            }
            else
            {
                Interlocked.Increment(ref listener._count);
            }
        });
        return listener;
    }

    private async Task SettleAsync()
    {
        await _redis.GetSubscriber().PublishAsync(RedisChannel.Literal(MarkerChannel), "marker");
        await _marked.Task.WaitAsync(ReceivedEvents.DefaultTimeout);
    }

    public async ValueTask DisposeAsync() => await _redis.DisposeAsync();
}
