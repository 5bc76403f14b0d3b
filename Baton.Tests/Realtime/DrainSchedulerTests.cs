using System.Threading.Channels;
using Baton.Api.Runs;
using Baton.Contracts.Runs;
using Microsoft.Extensions.Time.Testing;

namespace Baton.Tests.Realtime;

/// <summary>
/// The run stream writer's drains: two at most are stored at once, a run is in one of them at a time, and its
/// messages keep their order.
/// </summary>
public sealed class DrainSchedulerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly Channel<BridgeRunMessage> _queue = Channel.CreateUnbounded<BridgeRunMessage>();
    private readonly FakeTimeProvider _time = new();
    private readonly DrainScheduler _scheduler;

    public DrainSchedulerTests() => _scheduler = new DrainScheduler(_queue.Reader, _time);

    /// <summary>
    /// Without the test framework's context the scheduler's continuations run as the fake clock advances, so a drain
    /// that could be handed out has been by then, and one still pending is held back.
    /// </summary>
    private static void ContinueInline() => SynchronizationContext.SetSynchronizationContext(null);

    [Fact]
    public async Task A_run_being_stored_keeps_its_later_messages_back_while_other_runs_go_into_a_second_drain()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        Send(first, 1);
        var storing = await NextAsync();

        Send(first, 2);
        Send(second, 1);
        Send(first, 3);
        var meanwhile = _scheduler.NextAsync(CancellationToken.None);
        _time.Advance(DrainScheduler.SecondDrainDelay);
        Assert.Equal([(second, 1L)], Describe(await DrainOf(meanwhile)));

        _scheduler.Stored(storing);
        Assert.Equal([(first, 2L), (first, 3L)], Describe(await NextAsync()));
    }

    [Fact]
    public async Task No_third_drain_starts_before_one_of_two_is_stored()
    {
        ContinueInline();
        Send(Guid.NewGuid(), 1);
        var firstDrain = await NextAsync();
        Send(Guid.NewGuid(), 1);
        var secondDrain = _scheduler.NextAsync(CancellationToken.None);
        _time.Advance(DrainScheduler.SecondDrainDelay);
        await secondDrain.WaitAsync(Timeout);

        var third = Guid.NewGuid();
        Send(third, 1);
        var thirdDrain = _scheduler.NextAsync(CancellationToken.None);
        _time.Advance(DrainScheduler.SecondDrainDelay);
        Assert.False(thirdDrain.IsCompleted);

        _scheduler.Stored(firstDrain);
        Assert.Equal([(third, 1L)], Describe(await DrainOf(thirdDrain)));
    }

    [Fact]
    public async Task With_nothing_being_stored_a_drain_takes_everything_queued_at_once()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        Send(first, 1);
        Send(second, 1);
        Send(first, 2);

        Assert.Equal([(first, 1L), (second, 1L), (first, 2L)], Describe(await NextAsync()));
    }

    [Fact]
    public async Task A_second_drain_starts_as_soon_as_the_first_is_stored_without_waiting_out_its_delay()
    {
        var run = Guid.NewGuid();
        Send(run, 1);
        var storing = await NextAsync();
        Send(Guid.NewGuid(), 1);
        var next = _scheduler.NextAsync(CancellationToken.None);

        _scheduler.Stored(storing);

        Assert.Single(await DrainOf(next));
    }

    [Fact]
    public async Task A_flood_from_a_run_being_stored_is_held_up_to_a_drain_s_worth_and_goes_in_order_once_the_run_is_stored()
    {
        ContinueInline();
        var run = Guid.NewGuid();
        Send(run, 0);
        var storing = await NextAsync();
        var flood = DrainScheduler.MaxMessagesPerDrain + 10;
        for (var bridgeSeq = 1; bridgeSeq <= flood; bridgeSeq++)
        {
            Send(run, bridgeSeq);
        }

        var next = _scheduler.NextAsync(CancellationToken.None);
        _time.Advance(DrainScheduler.SecondDrainDelay);
        Assert.False(next.IsCompleted);

        _scheduler.Stored(storing);
        var held = await DrainOf(next);
        Assert.Equal(Enumerable.Range(1, DrainScheduler.MaxMessagesPerDrain).Select(seq => (run, (long)seq)), Describe(held));
        _scheduler.Stored(held);
        Assert.Equal(Enumerable.Range(DrainScheduler.MaxMessagesPerDrain + 1, 10).Select(seq => (run, (long)seq)), Describe(await NextAsync()));
    }

    [Fact]
    public async Task Once_the_queue_is_completed_what_is_held_still_goes_and_then_there_is_no_next_drain()
    {
        ContinueInline();
        var run = Guid.NewGuid();
        Send(run, 1);
        var storing = await NextAsync();
        Send(run, 2);
        _queue.Writer.Complete();
        var held = _scheduler.NextAsync(CancellationToken.None);
        _time.Advance(DrainScheduler.SecondDrainDelay);
        Assert.False(held.IsCompleted);

        _scheduler.Stored(storing);
        var last = await DrainOf(held);
        Assert.Equal([(run, 2L)], Describe(last));
        _scheduler.Stored(last);

        Assert.Null(await _scheduler.NextAsync(CancellationToken.None).WaitAsync(Timeout));
    }

    private Task<List<BridgeRunMessage>> NextAsync() => DrainOf(_scheduler.NextAsync(CancellationToken.None));

    private static async Task<List<BridgeRunMessage>> DrainOf(Task<List<BridgeRunMessage>?> next) =>
        await next.WaitAsync(Timeout) ?? throw new InvalidOperationException("No drain.");

    private void Send(Guid runId, long bridgeSeq) =>
        Assert.True(_queue.Writer.TryWrite(new BridgeRunMessage(
            Guid.Empty, "connection", runId, [new RunLine(bridgeSeq, default)], _time.GetTimestamp())));

    private static List<(Guid RunId, long BridgeSeq)> Describe(List<BridgeRunMessage> drained) =>
        [.. drained.Select(message => (message.RequestId, message.Items[0].BridgeSeq))];
}
