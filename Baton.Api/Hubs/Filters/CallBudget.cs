namespace Baton.Api.Hubs.Filters;

/// <summary>
/// A token bucket of hub calls: <c>burst</c> tokens at most, refilled at <c>perSecond</c> from the time that passed
/// whenever a call asks for one. Refilled on demand rather than by a timer, which woke the API ten times a second
/// for every open tab, busy or idle.
/// </summary>
public sealed class CallBudget(int burst, double perSecond, TimeProvider time)
{
    private readonly Lock _gate = new();
    private double _tokens = burst;
    private long _refilledAt = time.GetTimestamp();

    public bool TryTake()
    {
        lock (_gate)
        {
            var now = time.GetTimestamp();
            _tokens = Math.Min(burst, _tokens + (time.GetElapsedTime(_refilledAt, now).TotalSeconds * perSecond));
            _refilledAt = now;
            if (_tokens < 1)
            {
                return false;
            }

            _tokens--;
            return true;
        }
    }
}
