namespace Baton.Bridge.Background;

/// <summary>
/// Work started without waiting for it (a turn being handed to the CLI, an idle process's
/// shutdown): kept until it ends, so that stopping the bridge can wait for it, and its failure
/// logged rather than lost.
/// </summary>
public sealed class BackgroundWork(ILogger logger)
{
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _running = [];

    /// <param name="work">The started work.</param>
    /// <param name="what">What it does, for the log.</param>
    public void Track(Task work, string what)
    {
        lock (_gate)
        {
            _running.Add(work);
        }

        work.ContinueWith(
            ended =>
            {
                if (ended.Exception is { } exception)
                {
                    logger.LogError(exception.InnerExceptions is [var only] ? only : exception, "Background work failed: {Work}", what);
                }

                lock (_gate)
                {
                    _running.Remove(ended);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Waits for the work running now to end (however it ends; failures are logged already).</summary>
    public async Task WhenAllEndedAsync(CancellationToken cancellationToken)
    {
        Task[] running;
        lock (_gate)
        {
            running = [.. _running];
        }

        await Task.WhenAll(running).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
