using System.Text.Json;
using Baton.Bridge.Outbox;
using Baton.Contracts;
using Baton.Contracts.Hubs;
using Baton.Contracts.Runs;
using Baton.Tests.Bridge.Support;

namespace Baton.Tests.Bridge;

/// <summary>The outbox numbers, batches, keeps and re-sends a run's events as the wire protocol asks.</summary>
public sealed class RunOutboxTests
{
    private static readonly JsonElement SmallLine = JsonSerializer.SerializeToElement(new { type = "stream_event" });

    [Fact]
    public void Lines_in_a_row_share_a_batch_and_other_events_go_alone_in_order()
    {
        var outbox = new RunOutbox();
        var run = Guid.NewGuid();
        outbox.Open(run);
        outbox.AppendLine(run, SmallLine, 30);
        outbox.AppendLine(run, SmallLine, 30);
        outbox.Append(run, seq => RunEvent.Aborted(new RunAborted(run, seq)), terminal: true);

        var messages = outbox.TakeUnsent();

        Assert.Equal([WireEvents.ClaudeStream, WireEvents.ClaudeAborted], messages.Select(message => message.Method));
        Assert.Equal([1L, 2L], ((RunLineBatch)SentPayload.Of(messages[0])).Items.Select(item => item.BridgeSeq));
        Assert.Equal(new RunAborted(run, 3), SentPayload.Of(messages[1]));
    }

    [Fact]
    public void A_batch_stays_under_the_size_limit()
    {
        var outbox = new RunOutbox();
        var run = Guid.NewGuid();
        outbox.Open(run);
        const int lineBytes = 300 * 1024;
        for (var i = 0; i < 7; i++)
        {
            outbox.AppendLine(run, SmallLine, lineBytes);
        }

        var batches = outbox.TakeUnsent().Select(message => (RunLineBatch)SentPayload.Of(message)).ToList();

        Assert.Equal([3, 3, 1], batches.Select(batch => batch.Items.Count));
        Assert.All(batches, batch => Assert.True(batch.Items.Count * lineBytes < BatonDefaults.MaxStreamBatchBytes));
        Assert.Equal(Enumerable.Range(1, 7).Select(seq => (long)seq), batches.SelectMany(batch => batch.Items).Select(item => item.BridgeSeq));
    }

    [Fact]
    public void What_was_sent_but_not_acknowledged_goes_out_again_after_a_rewind()
    {
        var outbox = new RunOutbox();
        var run = Guid.NewGuid();
        outbox.Open(run);
        for (var i = 0; i < 5; i++)
        {
            outbox.AppendLine(run, SmallLine, 30);
        }

        foreach (var message in outbox.TakeUnsent())
        {
            outbox.MarkSent(message);
        }

        outbox.Acknowledge(run, 2);
        var beforeRewind = outbox.TakeUnsent();
        outbox.Rewind();
        var afterRewind = outbox.TakeUnsent();

        Assert.Empty(beforeRewind);
        Assert.Equal([3L, 4L, 5L], ((RunLineBatch)SentPayload.Of(Assert.Single(afterRewind))).Items.Select(item => item.BridgeSeq));
        Assert.Equal(5, Assert.Single(outbox.ActiveRuns()).LastBridgeSeq);
    }

    [Fact]
    public void A_message_taken_before_a_rewind_does_not_count_as_sent_after_it()
    {
        var outbox = new RunOutbox();
        var run = Guid.NewGuid();
        outbox.Open(run);
        outbox.AppendLine(run, SmallLine, 30);

        var takenOnOldConnection = Assert.Single(outbox.TakeUnsent());
        outbox.Rewind();
        outbox.MarkSent(takenOnOldConnection);

        Assert.Single(outbox.TakeUnsent());
    }

    [Fact]
    public void An_ended_run_is_forgotten_once_acknowledged_but_still_known()
    {
        var outbox = new RunOutbox();
        var run = Guid.NewGuid();
        outbox.Open(run);
        outbox.AppendLine(run, SmallLine, 30);
        outbox.Append(run, seq => RunEvent.Aborted(new RunAborted(run, seq)), terminal: true);

        outbox.Acknowledge(run, 1);
        var whileUnacknowledged = outbox.ActiveRuns();
        outbox.Acknowledge(run, 2);

        Assert.Equal(run, Assert.Single(whileUnacknowledged).RequestId);
        Assert.Empty(outbox.ActiveRuns());
        Assert.Empty(outbox.TakeUnsent());
        Assert.True(outbox.Knows(run));
        Assert.Throws<InvalidOperationException>(() => outbox.AppendLine(run, SmallLine, 30));
    }
}
