using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Aspire.Hosting.ApplicationModel;
using Baton.Contracts.Bridges;
using Baton.Contracts.Chat;
using Baton.Contracts.Errors;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Contracts.Streaming;
using Baton.Tests.Infrastructure;
using Xunit.Abstractions;
using MessageStatus = Baton.Api.Data.Entities.MessageStatus;

namespace Baton.Tests.Faults;

/// <summary>
/// The real app under real failures: a bridge or an API instance killed mid-run, Redis and PostgreSQL
/// restarted under a run. Every test leaves the app running and healthy, so the next one finds it as before,
/// and its output ends with the services' last log lines, which the runner shows when it fails.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class FaultInjectionTests(FaultsFixture app, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan ProcessExitTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Enough of the long answer to be sure it is mid-stream, far from its end.</summary>
    private const int MidRunDeltas = 15;

    [Fact]
    public async Task A_bridge_killed_mid_run_fails_the_run_after_the_grace_keeps_what_streamed_and_resumes_the_session_when_back()
    {
        await using var chat = await RealBridgeChat.StartAsync(app);
        var tab = await chat.OpenTabAsync("api");
        var sent = await tab.SendAsync(chat.ConversationId, "long");
        await WaitForDeltasAsync(tab, sent.RequestId, MidRunDeltas);
        var cli = ProcFs.RunningIn(chat.ProjectRoot, "claude");
        Assert.NotEmpty(cli);

        // Timed from before the kill: the API's grace starts when the connection drops, which can come before the
        // kill has been seen to end the process.
        var killedAt = Stopwatch.GetTimestamp();
        await ServiceProcesses.KillAsync(app, "bridge", ProcessExitTimeout);
        try
        {
            var error = await tab.Events.WaitForAsync<ChatError>(e => e.RequestId == sent.RequestId, RecoveryTimeout);
            var waited = Stopwatch.GetElapsedTime(killedAt);

            Assert.Equal(ErrorCodes.BridgeDisconnected, error.Code);
            Assert.True(waited >= app.Options.BridgeReconnectGrace, $"The run failed {waited} after the kill, before the grace had passed.");
            await ProcFs.WaitUntilGoneAsync(cli, ProcessExitTimeout);
            var streamed = RealBridgeChat.StreamedTextOf([tab], sent.RequestId);
            var answer = await chat.AnswerOfAsync(sent.RequestId);
            Assert.Equal(MessageStatus.Failed, answer.Status);
            Assert.StartsWith(streamed, RealBridgeChat.TextOf(answer), StringComparison.Ordinal);
        }
        finally
        {
            await app.StartAgainAsync("bridge", RecoveryTimeout);
        }

        await tab.Events.WaitForAsync<BridgePresence>(WireEvents.BridgeConnect, timeout: RecoveryTimeout);
        var recall = await tab.SendAsync(chat.ConversationId, "recall");
        var completed = await tab.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == recall.RequestId, RunTimeout);
        Assert.False(completed.IsError, Describe());
        var recalled = RealBridgeChat.TextOf(await chat.AnswerOfAsync(recall.RequestId));
        Assert.Contains("2 messages", recalled, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tab_whose_api_instance_dies_mid_stream_catches_up_on_the_other_with_nothing_lost_or_repeated()
    {
        // The bridge sits on api; the tab's instance, api2, dies under it.
        await using var chat = await RealBridgeChat.StartAsync(app);
        var dying = await chat.OpenTabAsync("api2");
        var sent = await dying.SendAsync(chat.ConversationId, "long");
        await WaitForDeltasAsync(dying, sent.RequestId, MidRunDeltas);
        var port = app.GetServicePort("api2");

        await ServiceProcesses.KillAsync(app, "api2", ProcessExitTimeout);
        try
        {
            await AssertRefusedAsync(port);
            await dying.StopAsync();
            // As a load balancer would route the tab's reconnect: to the instance still alive, after the last seq it saw.
            var moved = await chat.OpenTabAsync("api", afterSeq: dying.SeqsOf(chat.ConversationId).Max());
            var completed = await moved.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId, RunTimeout);
            Assert.False(completed.IsError, Describe());

            var seqs = dying.SeqsOf(chat.ConversationId).Concat(moved.SeqsOf(chat.ConversationId)).Distinct().Order().ToList();
            Assert.Equal(Enumerable.Range(1, (int)completed.Seq).Select(seq => (long)seq), seqs);
            Assert.Equal(dying.SeqsOf(chat.ConversationId).Count, dying.SeqsOf(chat.ConversationId).Distinct().Count());
            var streamed = RealBridgeChat.StreamedTextOf([dying, moved], sent.RequestId);
            var whole = RealBridgeChat.FinishedTextOf(moved, sent.RequestId);
            Assert.Equal(whole, streamed);
            Assert.Equal(whole, RealBridgeChat.TextOf(await chat.AnswerOfAsync(sent.RequestId)));
        }
        finally
        {
            await app.StartAgainAsync("api2", RecoveryTimeout);
        }
    }

    [Fact]
    public async Task A_permission_answered_while_redis_restarts_reaches_the_real_bridge_and_the_run_completes()
    {
        // The tab is on api2, the bridge on api: the answer can only cross through Redis or the stored state.
        await using var chat = await RealBridgeChat.StartAsync(app);
        var tab = await chat.OpenTabAsync("api2");
        var sent = await tab.SendAsync(chat.ConversationId, "write notes.txt");
        var prompt = await tab.Events.WaitForAsync<InteractivePrompt>(p => p.RequestId == sent.RequestId, RunTimeout);

        try
        {
            await app.ExecuteResourceCommandAsync("redis", KnownResourceCommands.StopCommand);
            await tab.InvokeAsync(WireEvents.PermissionResponse, new PermissionResponse(prompt.PromptId, PermissionDecision.Allow, null, null, null, null));
            await app.ExecuteResourceCommandAsync("redis", KnownResourceCommands.StartCommand);
        }
        finally
        {
            await EnsureRunningAsync("redis");
            await EnsureRunningAsync("api");
            await EnsureRunningAsync("api2");
        }

        // What was broadcast while Redis was away never reached the tab; once Redis is back the API closes
        // the tab's connection, and the tab catches up from the stored log when it rejoins.
        var completed = await tab.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == sent.RequestId, RunTimeout);
        Assert.False(completed.IsError, Describe());
        var resolved = await tab.Events.WaitForAsync<PermissionResolved>(r => r.PromptId == prompt.PromptId);
        Assert.Equal((PermissionDecision.Allow, ResolvedBy.User), (resolved.Decision, resolved.By));
        Assert.True(File.Exists(Path.Combine(chat.ProjectRoot, "notes.txt")), Describe());
        Assert.Contains("Done. The tool said", RealBridgeChat.TextOf(await chat.AnswerOfAsync(sent.RequestId)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_restarting_under_a_run_loses_no_acknowledged_line_and_the_api_recovers()
    {
        await using var chat = await RealBridgeChat.StartAsync(app);
        var tab = await chat.OpenTabAsync("api");
        var before = await tab.SendAsync(chat.ConversationId, "hello");
        await tab.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == before.RequestId, RunTimeout);
        var during = await tab.SendAsync(chat.ConversationId, "long");
        await WaitForDeltasAsync(tab, during.RequestId, MidRunDeltas);

        string streamedDuring;
        try
        {
            await app.ExecuteResourceCommandAsync("postgres", KnownResourceCommands.StopCommand);
            // The run goes on while the API has nowhere to store it; PostgreSQL stays away until the API has noticed.
            await app.WaitForHealthAnswerAsync("api", HttpStatusCode.ServiceUnavailable, RecoveryTimeout);
            streamedDuring = RealBridgeChat.StreamedTextOf([tab], during.RequestId);
            await app.ExecuteResourceCommandAsync("postgres", KnownResourceCommands.StartCommand);
            await app.WaitForHealthAnswerAsync("api", HttpStatusCode.OK, RecoveryTimeout);
        }
        finally
        {
            await EnsureRunningAsync("postgres");
            await EnsureRunningAsync("api");
            await EnsureRunningAsync("api2");
        }

        var beforeAnswer = await chat.AnswerOfAsync(before.RequestId);
        Assert.Equal(MessageStatus.Completed, beforeAnswer.Status);
        Assert.Equal(RealBridgeChat.FinishedTextOf(tab, before.RequestId), RealBridgeChat.TextOf(beforeAnswer));
        Assert.Equal(RealBridgeChat.StreamedTextOf([tab], before.RequestId), RealBridgeChat.TextOf(beforeAnswer));

        var ended = await tab.Events.WaitForEventAsync<object>(e => e is ChatMessageComplete m && m.RequestId == during.RequestId
            || e is ChatError f && f.RequestId == during.RequestId, RunTimeout);
        var answer = await chat.AnswerOfAsync(during.RequestId);
        if (ended.Payload is ChatMessageComplete completed)
        {
            // Completed after recovery: whole in history, each line streamed once.
            Assert.False(completed.IsError, Describe());
            Assert.Equal(MessageStatus.Completed, answer.Status);
            var whole = RealBridgeChat.FinishedTextOf(tab, during.RequestId);
            Assert.Equal(whole, RealBridgeChat.TextOf(answer));
            Assert.Equal(whole, RealBridgeChat.StreamedTextOf([tab], during.RequestId));
        }
        else
        {
            // Ended with an error: a clear one, and nothing a tab was shown is missing from history.
            var error = (ChatError)ended.Payload;
            Assert.False(string.IsNullOrWhiteSpace(error.Message), Describe());
            Assert.Equal(MessageStatus.Failed, answer.Status);
            Assert.StartsWith(streamedDuring, RealBridgeChat.TextOf(answer), StringComparison.Ordinal);
        }

        var after = await tab.SendAsync(chat.ConversationId, "recall");
        var recalled = await tab.Events.WaitForAsync<ChatMessageComplete>(m => m.RequestId == after.RequestId, RunTimeout);
        Assert.False(recalled.IsError, Describe());
        Assert.Contains("3 messages", RealBridgeChat.TextOf(await chat.AnswerOfAsync(after.RequestId)), StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        output.WriteLine(Describe());
        return Task.CompletedTask;
    }

    private static async Task WaitForDeltasAsync(TestBrowser tab, Guid requestId, int count)
    {
        var seen = 0;
        await tab.Events.WaitForAsync<ChatStreamResponse>(
            response => response.RequestId == requestId && response.Event is TextDeltaEvent && ++seen >= count, timeout: RunTimeout);
    }

    private static async Task AssertRefusedAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
        }
        catch (SocketException refused) when (refused.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return;
        }

        var listeners = await ProcessRunner.RunAsync("ss", ["-ltnp"], "/", TimeSpan.FromSeconds(10));
        Assert.Fail($"Port {port} still accepts connections.{Environment.NewLine}{listeners.Output}");
    }

    private string Describe() => app.TailOf("api", "api2", "bridge");

    private Task EnsureRunningAsync(string resourceName) => app.EnsureRunningAsync(resourceName, RecoveryTimeout);
}
