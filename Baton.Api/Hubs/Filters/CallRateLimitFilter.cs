using System.Threading.RateLimiting;
using Baton.Contracts;
using Baton.Contracts.Errors;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Api.Hubs.Filters;

/// <summary>
/// A token bucket per browser connection: <see cref="BatonDefaults.ChatCallsPerSecond"/> calls a second
/// with bursts of <see cref="BatonDefaults.ChatCallBurst"/>. A call over the limit fails with
/// <c>rate_limited</c>; the connection lives on. Bridges are not limited.
/// </summary>
public sealed class CallRateLimitFilter : IHubFilter
{
    private static readonly object LimiterKey = new();

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        context.Context.Items[LimiterKey] = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = BatonDefaults.ChatCallBurst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1.0 / BatonDefaults.ChatCallsPerSecond),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.Items.Remove(LimiterKey, out var limiter) && limiter is IDisposable disposable)
        {
            disposable.Dispose();
        }

        await next(context, exception);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocationContext.Context.Items.TryGetValue(LimiterKey, out var value) && value is RateLimiter limiter)
        {
            using var lease = limiter.AttemptAcquire();
            if (!lease.IsAcquired)
            {
                throw HubErrors.Create(ErrorCodes.RateLimited, "Too many calls; slow down.");
            }
        }

        return await next(invocationContext);
    }
}
