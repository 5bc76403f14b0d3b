namespace Baton.Api.Data;

/// <summary>
/// Work an instance repeats on a timer against the database: it starts once the schema is migrated
/// (before, there is only a missing table to report), and a pass that fails is logged and left to the next.
/// </summary>
public abstract class PeriodicDatabaseSweep(DatabaseReadiness readiness, TimeProvider time, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    protected TimeProvider Time => time;

    protected ILogger Logger => logger;

    protected abstract Task SweepAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!readiness.IsReady)
            {
                continue;
            }

            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "{Sweep} failed; the next pass tries again", GetType().Name);
            }
        }
    }
}
