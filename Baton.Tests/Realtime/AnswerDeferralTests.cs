using Baton.Api.Runs;

namespace Baton.Tests.Realtime;

/// <summary>
/// How long a streaming answer's stored content may lag the event log: about a second, each run its own, so that
/// runs which start streaming together do not all rewrite their answers in the same drain.
/// </summary>
public sealed class AnswerDeferralTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(100);

    [Fact]
    public void Each_run_keeps_one_limit_between_half_and_one_and_a_half_of_the_average()
    {
        var runs = RunsStartedTogether(50);

        Assert.All(runs, run =>
        {
            var limit = AnswerContentWriter.DeferralLimitOf(run);
            Assert.InRange(limit, AnswerContentWriter.DeferredDeltasLimit / 2, AnswerContentWriter.DeferredDeltasLimit * 1.5);
            Assert.Equal(limit, AnswerContentWriter.DeferralLimitOf(run));
        });
    }

    [Fact]
    public void Runs_started_together_fall_due_at_different_moments()
    {
        var runs = RunsStartedTogether(50);

        // Alike, all 50 would fall due in one drain; spread over a second, a tenth of it holds about five.
        var busiestWindow = runs.GroupBy(run => (int)(AnswerContentWriter.DeferralLimitOf(run) / Window)).Max(window => window.Count());
        Assert.InRange(busiestWindow, 1, 20);
    }

    private static List<RunKeys> RunsStartedTogether(int count) =>
        [.. Enumerable.Range(0, count).Select(_ => new RunKeys(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7()))];
}
