using Baton.Contracts.Chat;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Contracts.Streaming;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Realtime;

/// <summary>
/// A person answers prompts while the runs they belong to keep streaming: the answer and the stream's
/// batches write the same run, message and conversation rows at the same moment.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PermissionDuringStreamingTests(ApiFixture app)
{
    private const int Conversations = 4;
    private const int PromptsPerRun = 8;
    private const int BatchesPerAnswer = 12;
    private static readonly string[] ApiInstances = ["api", "api2"];

    [Fact]
    public async Task Prompts_answered_while_runs_stream_are_all_settled_and_every_word_arrives_without_a_database_deadlock()
    {
        await Task.WhenAll(Enumerable.Range(0, Conversations).Select(_ => StreamWhileAnsweringAsync()));

        var deadlocks = ApiInstances
            .SelectMany(instance => app.Logs.Lines(instance).Select(line => $"{instance}: {line}"))
            .Where(line => line.Contains("40P01", StringComparison.Ordinal) || line.Contains("deadlock detected", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(deadlocks.Count == 0, string.Join(Environment.NewLine, deadlocks.Take(20)));
    }

    private async Task StreamWhileAnsweringAsync()
    {
        await using var chat = await ChatScenario.StartAsync(app);
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (sent, _) = await chat.StartRunAsync();
        var runId = sent.RequestId;
        await chat.Bridge.StreamAsync(runId, CliLines.SystemInit("session-1"), CliLines.MessageStart("msg_1"), CliLines.TextBlockStart(0));

        var words = 0;
        for (var round = 0; round < PromptsPerRun; round++)
        {
            var promptId = await chat.ShowPromptAsync(runId, "Bash", new { command = $"make step-{round}" });
            var streaming = StreamWordsAsync(chat.Bridge, runId, BatchesPerAnswer);
            var answering = chat.Browser.InvokeAsync(WireEvents.PermissionResponse,
                new PermissionResponse(promptId, PermissionDecision.Allow, null, null, null, null));
            await Task.WhenAll(streaming, answering);
            words += BatchesPerAnswer;

            var answer = await chat.Bridge.Events.WaitForAsync<CliPermissionResponse>(r => r.PromptId == promptId);
            var resolved = await chat.Browser.Events.WaitForAsync<PermissionResolved>(r => r.PromptId == promptId);
            Assert.Equal(PermissionBehavior.Allow, answer.Behavior);
            Assert.Equal((PermissionDecision.Allow, ResolvedBy.User), (resolved.Decision, resolved.By));
        }

        await chat.Bridge.StreamAsync(runId, CliLines.BlockStop(0));
        await chat.Bridge.CompleteAsync(runId);
        await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == runId);
        var streamedWords = chat.Browser.Events.OfType<ChatStreamResponse>()
            .Where(response => response.RequestId == runId)
            .Select(response => response.Event)
            .OfType<TextDeltaEvent>()
            .Count();
        Assert.Equal(words, streamedWords);
    }

    private static async Task StreamWordsAsync(TestBridge bridge, Guid runId, int batches)
    {
        for (var batch = 0; batch < batches; batch++)
        {
            await bridge.StreamAsync(runId, CliLines.TextDelta(0, $"word{batch} "));
        }
    }
}
