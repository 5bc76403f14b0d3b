using Baton.Api.Hubs.Filters;
using Microsoft.Extensions.Time.Testing;

namespace Baton.Tests.Realtime;

/// <summary>A tab's refused calls reach the log at once, then at most once a minute with how many there were.</summary>
public sealed class RefusalTallyTests
{
    [Fact]
    public void The_first_refusal_is_reported_at_once_and_those_within_the_minute_after_it_are_held_back()
    {
        var tally = new RefusalTally(new FakeTimeProvider());

        Assert.Equal([1, 0, 0], Enumerable.Range(0, 3).Select(_ => tally.Count()));
    }

    [Fact]
    public void After_the_interval_the_next_refusal_reports_every_one_held_back()
    {
        var time = new FakeTimeProvider();
        var tally = new RefusalTally(time);
        tally.Count();
        tally.Count();
        tally.Count();

        time.Advance(RefusalTally.ReportInterval);

        Assert.Equal(3, tally.Count());
        Assert.Equal(0, tally.Count());
    }
}
