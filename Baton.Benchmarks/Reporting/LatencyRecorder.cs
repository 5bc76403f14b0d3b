namespace Baton.Benchmarks.Reporting;

/// <summary>Collects latencies from many threads and summarises them as percentiles.</summary>
public sealed class LatencyRecorder
{
    private readonly List<double> _milliseconds = [];
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _milliseconds.Count;
            }
        }
    }

    public void Record(TimeSpan latency)
    {
        lock (_gate)
        {
            _milliseconds.Add(latency.TotalMilliseconds);
        }
    }

    public LatencySummary Summarise() => SummariseFrom(0);

    /// <summary>The samples from the given one on, in the order they were recorded.</summary>
    public LatencySummary SummariseFrom(int firstSample)
    {
        double[] sorted;
        lock (_gate)
        {
            sorted = [.. _milliseconds.Skip(firstSample).Order()];
        }

        return sorted.Length == 0
            ? new LatencySummary(0, 0, 0, 0, 0)
            : new LatencySummary(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted[^1]);
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}

public sealed record LatencySummary(int Samples, double P50, double P95, double P99, double Max);
