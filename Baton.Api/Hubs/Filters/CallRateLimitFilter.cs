using Baton.Api.Auth;
using Baton.Contracts;
using Baton.Contracts.Errors;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Api.Hubs.Filters;

/// <summary>
/// A token bucket per browser connection (behind the user policy): <see cref="BatonDefaults.ChatCallsPerSecond"/> calls a second
/// with bursts of <see cref="BatonDefaults.ChatCallBurst"/>. A call over the limit fails with
/// <c>rate_limited</c>; the connection lives on. Refusals are logged (see <see cref="RefusalTally"/>): a tab
/// whose calls are refused stops hearing or saving what it asked for, and only the log says why.
/// Bridges are not limited.
/// </summary>
public sealed class CallRateLimitFilter(TimeProvider time, ILogger<CallRateLimitFilter> logger) : IHubFilter
{
    private static readonly object AllowanceKey = new();

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        context.Context.Items[AllowanceKey] = new Allowance(
            new CallBudget(BatonDefaults.ChatCallBurst, BatonDefaults.ChatCallsPerSecond, time), new RefusalTally(time));
        await next(context);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocationContext.Context.Items.TryGetValue(AllowanceKey, out var value) && value is Allowance allowance && !allowance.Budget.TryTake())
        {
            if (allowance.Refusals.Count() is > 0 and var refused)
            {
                var caller = invocationContext.Context;
                logger.LogWarning(
                    "Refused {Refused} hub calls of connection {ConnectionId} (user {UserId}), the latest {Method}: over {PerSecond} calls a second in bursts of {Burst}",
                    refused, caller.ConnectionId, caller.User!.GetUserId(), HubMethodNames.WireNameOf(invocationContext.HubMethod),
                    BatonDefaults.ChatCallsPerSecond, BatonDefaults.ChatCallBurst);
            }

            throw HubErrors.Create(ErrorCodes.RateLimited, "Too many calls; slow down.");
        }

        return await next(invocationContext);
    }

    private sealed record Allowance(CallBudget Budget, RefusalTally Refusals);
}
