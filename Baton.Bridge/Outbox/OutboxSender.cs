using Baton.Bridge.Connection;

namespace Baton.Bridge.Outbox;

/// <summary>
/// Sends what the outbox holds, in order, while the bridge is registered with the API. It waits a
/// few milliseconds after the first new line so that lines arriving together share one batch,
/// unless enough are already waiting.
/// </summary>
public sealed class OutboxSender(RunOutbox outbox, BridgeConnection connection, TimeProvider timeProvider, ILogger<OutboxSender> logger) : BackgroundService
{
    private static readonly TimeSpan FlushDelay = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan FinalFlushTimeout = TimeSpan.FromSeconds(2);
    private const int FlushAtLines = 50;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // The runs' last events (a shutdown fails them) should reach the API before the connection closes.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(FinalFlushTimeout);
        await SendUnsentAsync(timeout.Token);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await outbox.WaitForUnsentAsync(stoppingToken))
        {
            try
            {
                if (outbox.UnsentCount < FlushAtLines)
                {
                    await Task.Delay(FlushDelay, timeProvider, stoppingToken);
                }

                await SendUnsentAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task SendUnsentAsync(CancellationToken cancellationToken)
    {
        if (!connection.IsRegistered)
        {
            // Registering rewinds the outbox and wakes this loop again.
            return;
        }

        foreach (var message in outbox.TakeUnsent())
        {
            try
            {
                await connection.SendAsync(message.Send, cancellationToken);
                outbox.MarkSent(message);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Most often the connection dropped: what was not acknowledged goes out again once it is back. Logged
                // all the same, since a call that fails for another reason holds up every later one of the runs.
                logger.LogWarning(exception, "Sending {Method} for run {RequestId} failed", message.Method, message.RequestId);
                return;
            }
        }
    }
}
