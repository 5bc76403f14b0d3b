using Microsoft.Extensions.Options;

namespace Baton.Api.Bridges;

/// <summary>Every few seconds, each bridge connected here gets what it is owed: the stored state is the truth, the Redis message only a shortcut.</summary>
public sealed class BridgeDeliverySweeper(BridgeCommandDelivery delivery, IOptions<BridgeOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            delivery.SignalAll();
        }
    }
}
