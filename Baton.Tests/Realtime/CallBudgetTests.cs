using Baton.Api.Hubs.Filters;
using Microsoft.Extensions.Time.Testing;

namespace Baton.Tests.Realtime;

/// <summary>A tab's hub calls: a burst at once, then as many a second as the rate, refilled by the time that passed.</summary>
public sealed class CallBudgetTests
{
    [Fact]
    public void A_burst_is_allowed_at_once_and_the_call_after_it_is_refused()
    {
        var budget = new CallBudget(burst: 3, perSecond: 10, new FakeTimeProvider());

        Assert.Equal([true, true, true, false], Enumerable.Range(0, 4).Select(_ => budget.TryTake()));
    }

    [Fact]
    public void Time_that_passes_gives_back_calls_at_the_rate_but_never_more_than_the_burst()
    {
        var time = new FakeTimeProvider();
        var budget = new CallBudget(burst: 3, perSecond: 10, time);
        while (budget.TryTake())
        {
        }

        time.Advance(TimeSpan.FromMilliseconds(250));
        Assert.Equal([true, true, false], Enumerable.Range(0, 3).Select(_ => budget.TryTake()));

        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal([true, true, true, false], Enumerable.Range(0, 4).Select(_ => budget.TryTake()));
    }
}
