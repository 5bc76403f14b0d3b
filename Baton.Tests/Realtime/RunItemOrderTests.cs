using System.Text.Json;
using Baton.Api.Runs;
using Baton.Contracts.Runs;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Realtime;

/// <summary>
/// What of a bridge's batch continues its run, and which lines may be stored as plain deltas: the drain's decisions
/// on every streamed line, so a wrong one loses, repeats or reorders words.
/// </summary>
public sealed class RunItemOrderTests
{
    private static readonly JsonElement Word = CliLines.TextDelta(0, "word ");

    [Theory]
    [InlineData(new long[] { 4, 5, 6 }, 3, new long[] { 4, 5, 6 })]
    [InlineData(new long[] { 2, 3, 4, 5 }, 3, new long[] { 4, 5 })]
    [InlineData(new long[] { 5, 4, 4, 6 }, 3, new long[] { 4, 5, 6 })]
    [InlineData(new long[] { 4, 6, 7 }, 3, new long[] { 4 })]
    [InlineData(new long[] { 5, 6 }, 3, new long[] { })]
    [InlineData(new long[] { 1, 2 }, 3, new long[] { })]
    public void A_batch_gives_the_items_that_continue_the_mark_in_order_without_repeats_and_nothing_after_a_gap(long[] sent, long mark, long[] taken)
    {
        var write = new RunWrite(Guid.NewGuid(), Guid.NewGuid(), [.. sent.Select(seq => new RunLine(seq, Word))]);

        Assert.Equal(taken, write.ItemsAfter(mark).Select(item => item.BridgeSeq));
    }

    [Fact]
    public void Only_a_text_thinking_or_tool_input_delta_is_a_delta()
    {
        JsonElement[] deltas =
        [
            Word,
            Delta(new { type = "thinking_delta", thinking = "hmm" }),
            Delta(new { type = "input_json_delta", partial_json = "{" }),
        ];
        JsonElement[] others =
        [
            CliLines.TextBlockStart(0),
            CliLines.BlockStop(0),
            CliLines.AssistantText("msg_1", "whole"),
            Delta(new { type = "signature_delta", signature = "x" }),
            JsonSerializer.SerializeToElement(new { type = "stream_event", @event = "content_block_delta" }),
            JsonSerializer.SerializeToElement("stream_event"),
        ];

        Assert.All(deltas, line => Assert.True(CliLineInterpreter.IsDelta(line), line.GetRawText()));
        Assert.All(others, line => Assert.False(CliLineInterpreter.IsDelta(line), line.GetRawText()));
    }

    private static JsonElement Delta(object delta) =>
        JsonSerializer.SerializeToElement(new { type = "stream_event", @event = new { type = "content_block_delta", index = 0, delta } });
}
