using System.Diagnostics;
using Baton.Contracts;

namespace Baton.Benchmarks.Clients;

/// <summary>
/// The calls one simulated tab may still make under the API's per-connection limit (a bucket of
/// <see cref="BatonDefaults.ChatCallBurst"/>, refilled at <see cref="BatonDefaults.ChatCallsPerSecond"/>).
/// It starts after the tab's first calls, so it never holds more than the API's own bucket: a tab that
/// waits for it is never refused, and one with calls left answers at once, as the peer's tabs do.
/// </summary>
public sealed class TabCallAllowance(int callsMade)
{
    private double _calls = BatonDefaults.ChatCallBurst - callsMade;
    private long _refilledAt = Stopwatch.GetTimestamp();

    /// <summary>Takes one call, first waiting for it to refill when none is left.</summary>
    public async Task TakeAsync()
    {
        Refill();
        if (_calls < 1)
        {
            await Task.Delay(TimeSpan.FromSeconds((1 - _calls) / BatonDefaults.ChatCallsPerSecond));
            Refill();
        }

        _calls--;
    }

    private void Refill()
    {
        var now = Stopwatch.GetTimestamp();
        _calls = Math.Min(BatonDefaults.ChatCallBurst, _calls + (Stopwatch.GetElapsedTime(_refilledAt, now).TotalSeconds * BatonDefaults.ChatCallsPerSecond));
        _refilledAt = now;
    }
}
