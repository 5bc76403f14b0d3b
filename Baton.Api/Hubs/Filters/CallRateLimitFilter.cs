using Baton.Contracts;
using Baton.Contracts.Errors;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Api.Hubs.Filters;

/// <summary>
/// A token bucket per browser connection: <see cref="BatonDefaults.ChatCallsPerSecond"/> calls a second
/// with bursts of <see cref="BatonDefaults.ChatCallBurst"/>. A call over the limit fails with
/// <c>rate_limited</c>; the connection lives on. Bridges are not limited.
/// </summary>
public sealed class CallRateLimitFilter(TimeProvider time) : IHubFilter
{
    private static readonly object BudgetKey = new();

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        context.Context.Items[BudgetKey] = new CallBudget(BatonDefaults.ChatCallBurst, BatonDefaults.ChatCallsPerSecond, time);
        await next(context);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocationContext.Context.Items.TryGetValue(BudgetKey, out var value) && value is CallBudget budget && !budget.TryTake())
        {
            throw HubErrors.Create(ErrorCodes.RateLimited, "Too many calls; slow down.");
        }

        return await next(invocationContext);
    }
}
