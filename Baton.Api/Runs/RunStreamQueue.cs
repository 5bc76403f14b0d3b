using System.Threading.Channels;

namespace Baton.Api.Runs;

/// <summary>
/// The in-order queue between the bridge hub and the run stream writer. Bounded: when the writer
/// falls behind, a bridge's sends wait, which slows that bridge instead of growing memory.
/// </summary>
public sealed class RunStreamQueue
{
    private const int Capacity = 10_000;

    private readonly Channel<BridgeRunMessage> _channel = Channel.CreateBounded<BridgeRunMessage>(new BoundedChannelOptions(Capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    public ChannelReader<BridgeRunMessage> Reader => _channel.Reader;

    public ValueTask EnqueueAsync(BridgeRunMessage message, CancellationToken cancellationToken) =>
        _channel.Writer.WriteAsync(message, cancellationToken);
}
