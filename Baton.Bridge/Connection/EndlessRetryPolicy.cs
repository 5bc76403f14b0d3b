using Microsoft.AspNetCore.SignalR.Client;

namespace Baton.Bridge.Connection;

/// <summary>
/// Reconnects forever: at once, then after doubling pauses up to a ceiling, each with ±20% jitter
/// so that many bridges do not knock on a restarted API in step.
/// </summary>
public sealed class EndlessRetryPolicy(TimeSpan maxDelay) : IRetryPolicy
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(500);
    private const double Jitter = 0.2;

    public TimeSpan? NextRetryDelay(RetryContext retryContext) => DelayAfter(retryContext.PreviousRetryCount);

    /// <summary>The pause before the next attempt after <paramref name="failedAttempts"/> failed ones.</summary>
    public TimeSpan DelayAfter(long failedAttempts)
    {
        if (failedAttempts <= 0)
        {
            return TimeSpan.Zero;
        }

        var doubling = Math.Min(failedAttempts - 1, 16);
        var delay = Math.Min(FirstDelay.TotalMilliseconds * Math.Pow(2, doubling), maxDelay.TotalMilliseconds);
        var jitter = 1 + ((Random.Shared.NextDouble() * 2) - 1) * Jitter;
        return TimeSpan.FromMilliseconds(delay * jitter);
    }
}
