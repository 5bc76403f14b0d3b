using System.Text.Json;
using Baton.Contracts.Permissions;
using Baton.Tests.Bridge.Support;

namespace Baton.Tests.Bridge;

/// <summary>The real CLI's answer reaches the API line by line, and the run ends with its own figures.</summary>
public sealed class RunStreamingTests
{
    [Fact]
    public async Task Text_streams_word_by_word_before_its_block_completes()
    {
        await using var host = await BridgeTestHost.StartAsync();

        var requestId = await host.StartRunAsync("hello there, how does Baton look?");
        var completion = await host.WaitForCompletionAsync(requestId);
        var log = host.Recorder.Run(requestId);

        var lines = log.Lines.ToList();
        var firstTextBlock = lines.FindIndex(line => RunLog.Text(line, "type") == "assistant" && BlockType(line) == "text");
        var deltasBefore = lines.Take(firstTextBlock).Count(IsTextDelta);
        Assert.True(firstTextBlock > 0, log.Describe());
        Assert.True(deltasBefore >= 10, $"{deltasBefore} text deltas before the text block.{Environment.NewLine}{log.Describe()}");
        Assert.Equal("success", completion.Subtype);
        Assert.False(completion.IsError);
        Assert.Contains("You wrote: \"hello there, how does Baton look?\"", completion.ResultText);
        Assert.Equal(RunLog.Text(Assert.Single(log.LinesOf("system", "init")), "session_id"), completion.SessionId);
        Assert.True(completion.CostUsd > 0);
        Assert.True(completion.Usage.GetProperty("output_tokens").GetInt32() > 0);
    }

    [Fact]
    public async Task Control_lines_and_the_result_line_are_not_streamed()
    {
        await using var host = await BridgeTestHost.StartAsync();

        var requestId = await host.StartRunAsync("write notes.txt");
        var prompt = await host.WaitForPermissionRequestAsync(requestId);
        await host.RespondAsync(new(prompt.PromptId, PermissionBehavior.Allow, null, null, null, null));
        await host.WaitForCompletionAsync(requestId);

        var types = host.Recorder.Run(requestId).Lines.Select(line => RunLog.Text(line, "type")).ToHashSet();
        Assert.DoesNotContain("control_request", types);
        Assert.DoesNotContain("control_response", types);
        Assert.DoesNotContain("result", types);
        Assert.Contains("stream_event", types);
    }

    private static bool IsTextDelta(JsonElement line) =>
        RunLog.Text(line, "type") == "stream_event"
        && line.GetProperty("event") is var streamEvent
        && RunLog.Text(streamEvent, "type") == "content_block_delta"
        && RunLog.Text(streamEvent.GetProperty("delta"), "type") == "text_delta";

    private static string? BlockType(JsonElement assistantLine) =>
        RunLog.Text(assistantLine.GetProperty("message").GetProperty("content")[0], "type");
}
