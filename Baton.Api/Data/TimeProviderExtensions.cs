namespace Baton.Api.Data;

public static class TimeProviderExtensions
{
    /// <summary>
    /// Now, cut to the microseconds PostgreSQL keeps, so a timestamp a response reports equals the one
    /// a later read returns.
    /// </summary>
    public static DateTimeOffset GetStoredUtcNow(this TimeProvider time)
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
