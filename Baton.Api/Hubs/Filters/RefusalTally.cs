namespace Baton.Api.Hubs.Filters;

/// <summary>
/// Counts one connection's refused calls so they can be logged at most once per <see cref="ReportInterval"/>: the first
/// refusal says at once that a tab is over its limit, and a client that keeps calling cannot flood the log.
/// </summary>
public sealed class RefusalTally(TimeProvider time)
{
    public static readonly TimeSpan ReportInterval = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private int _unreported;
    private long? _reportedAt;

    /// <summary>Counts a refusal; returns how many to report now (this one and those not reported yet), or 0 to stay quiet.</summary>
    public int Count()
    {
        lock (_gate)
        {
            _unreported++;
            var now = time.GetTimestamp();
            if (_reportedAt is { } reportedAt && time.GetElapsedTime(reportedAt, now) < ReportInterval)
            {
                return 0;
            }

            _reportedAt = now;
            var refused = _unreported;
            _unreported = 0;
            return refused;
        }
    }
}
