using System.Diagnostics;
using Baton.Api.Endpoints.Bridges;
using Baton.Contracts.Bridges;
using Baton.Contracts.Chat;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Tests.Faults.Soak;

/// <summary>
/// One soak run: in a fresh conversation the tab asks the real CLI (demo mode) to write a file, which streams
/// an answer, asks permission (the tab allows it) and streams what the tool said; one fault strikes after the
/// plan's number of events. A second tab then catches up from the last seq the first saw without a gap, waits
/// for the run to end, and the checks compare the stored log with what the tabs were shown.
/// </summary>
public static class SoakRun
{
    public const string Message = "write soak.txt";

    /// <summary>Long enough for the slowest recovery (PostgreSQL back, a restarted API, the bridge's 5 s grace); a run still open then is stuck.</summary>
    private static readonly TimeSpan StuckAfter = TimeSpan.FromSeconds(120);

    private static readonly TimeSpan CliExitTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Plays the run; an exception that stops it (a wait that timed out, a call refused) ends it as unfinished, with the seed to replay it.</summary>
    public static async Task<SoakRunResult> RunAsync(BatonAppFixture app, SoakPlan plan)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await PlayAsync(app, plan, started);
        }
        catch (Exception exception)
        {
            return new SoakRunResult(plan, SoakOutcome.Unfinished, 0, [$"The run stopped: {exception}"], Stopwatch.GetElapsedTime(started));
        }
    }

    private static async Task<SoakRunResult> PlayAsync(BatonAppFixture app, SoakPlan plan, long started)
    {
        await using var chat = await RealBridgeChat.StartAsync(app);
        var tab = await chat.OpenTabAsync(plan.TabInstance);
        await WaitForBridgeOnlineAsync(chat, tab);
        var sent = await tab.SendAsync(chat.ConversationId, Message);
        var answered = AnswerPromptAsync(tab, sent.RequestId);

        await WaitForEventsAsync(tab, sent.RequestId, plan.FaultAfterEvents);
        await FaultInjector.InjectAsync(app, plan);

        var catchUp = await OpenCatchUpTabAsync(chat, plan.CatchUpInstance, ContiguousSeqOf(tab, chat.ConversationId));
        if (!answered.IsCompletedSuccessfully || !answered.Result)
        {
            // The first tab has not answered (it may have lost its connection): a person answers in the tab that is up.
            // A prompt the first tab was already shown is before the catch-up tab's join, so that tab has it from
            // history, as the web app does, rather than as an event.
            var shown = tab.Events.OfType<InteractivePrompt>().FirstOrDefault(prompt => prompt.RequestId == sent.RequestId);
            _ = AnswerPromptAsync(catchUp, sent.RequestId, shown);
        }

        // The first tab may have seen the end before the second joined after it; else the second is shown the end.
        var outcome = await OutcomeAsync(tab.Events.All.Any(e => IsTerminalOf(e.Payload, sent.RequestId)) ? tab : catchUp, sent.RequestId);
        var problems = new List<string>();
        if (outcome == SoakOutcome.Stuck)
        {
            problems.Add($"No terminal event for the run within {StuckAfter}.");
        }

        problems.AddRange(await LeftoverCliAsync(app, chat.ProjectRoot));
        problems.AddRange(await SoakChecks.CheckAsync(app, chat, sent.RequestId, outcome, [tab, catchUp]));
        var events = tab.SeqsOf(chat.ConversationId).Concat(catchUp.SeqsOf(chat.ConversationId)).DefaultIfEmpty().Max();
        return new SoakRunResult(plan, outcome, events, problems, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// Once Redis is back the API closes the connections it holds, and one may close before the new tab has joined:
    /// a browser joins again when it reconnects, so the tab is opened again.
    /// </summary>
    private static async Task<TestBrowser> OpenCatchUpTabAsync(RealBridgeChat chat, string instance, long afterSeq)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await chat.OpenTabAsync(instance, afterSeq);
            }
            catch (Exception closed) when (closed is InvalidOperationException or HubException or TaskCanceledException && attempt < 3)
            {
                // Closed under the join (before it, or while it was answered); the next tab finds the API settled.
            }
        }
    }

    /// <summary>A fault of the previous run may have left the bridge reconnecting; a run starts when it is online.</summary>
    private static async Task WaitForBridgeOnlineAsync(RealBridgeChat chat, TestBrowser tab)
    {
        var bridges = await chat.User.GetAsync<List<BridgeResponse>>("/api/bridges");
        if (!Assert.Single(bridges).Online)
        {
            await tab.Events.WaitForAsync<BridgePresence>(WireEvents.BridgeConnect, timeout: StuckAfter);
        }
    }

    /// <summary>
    /// Allows the run's prompt, the one given or else once the tab is shown it; false when the tab could not
    /// answer (its connection was down).
    /// </summary>
    private static async Task<bool> AnswerPromptAsync(TestBrowser tab, Guid requestId, InteractivePrompt? shownBefore = null)
    {
        try
        {
            var shown = shownBefore
                ?? (await tab.Events.WaitForEventAsync<object>(e => e is InteractivePrompt p && p.RequestId == requestId || IsTerminalOf(e, requestId), StuckAfter)).Payload;
            if (shown is InteractivePrompt prompt)
            {
                await tab.InvokeAcrossDropsAsync<object?>(WireEvents.PermissionResponse, new PermissionResponse(prompt.PromptId, PermissionDecision.Allow, null, null, null, null));
            }

            return true;
        }
        catch (HubException)
        {
            // Refused with a code (the prompt was already resolved or cancelled): answered as far as a person can tell.
            return true;
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException or TaskCanceledException)
        {
            return false;
        }
    }

    private static async Task WaitForEventsAsync(TestBrowser tab, Guid requestId, int count)
    {
        var seen = 0;
        try
        {
            await tab.Events.WaitForEventAsync<object>(e => IsTerminalOf(e, requestId) || TestBrowser.SeqOf(e) > 0 && ++seen >= count, StuckAfter);
        }
        catch (TimeoutException)
        {
            // The run stalled before the fault: the fault still strikes, and the checks report the stall.
        }
    }

    private static async Task<SoakOutcome> OutcomeAsync(TestBrowser tab, Guid requestId)
    {
        try
        {
            var ended = await tab.Events.WaitForEventAsync<object>(e => IsTerminalOf(e, requestId), StuckAfter);
            return ended.Payload switch
            {
                ChatMessageComplete { IsError: false } => SoakOutcome.Completed,
                ChatAborted => SoakOutcome.Aborted,
                _ => SoakOutcome.Failed,
            };
        }
        catch (TimeoutException)
        {
            return SoakOutcome.Stuck;
        }
    }

    /// <summary>
    /// A CLI the live bridge keeps for the conversation's next message is the bridge's to end (when idle); one whose
    /// bridge is gone must end by itself. One still running afterwards is reported, and ended for the next run.
    /// </summary>
    private static async Task<IReadOnlyList<string>> LeftoverCliAsync(BatonAppFixture app, string projectRoot)
    {
        var orphans = ProcFs.RunningIn(projectRoot, "claude")
            .Where(pid => ProcFs.ParentOf(pid) is not { } parent || !ServiceProcesses.Runs(app, "bridge", parent))
            .ToList();
        try
        {
            await ProcFs.WaitUntilGoneAsync(orphans, CliExitTimeout);
            return [];
        }
        catch (TimeoutException stillRunning)
        {
            foreach (var pid in orphans)
            {
                ProcFs.Kill(pid);
            }

            return [$"CLI left behind by a bridge that is gone: {stillRunning.Message}"];
        }
    }

    /// <summary>The highest seq up to which the tab has every event of the conversation.</summary>
    private static long ContiguousSeqOf(TestBrowser tab, Guid conversationId)
    {
        var seen = tab.SeqsOf(conversationId).ToHashSet();
        var seq = 0L;
        while (seen.Contains(seq + 1))
        {
            seq++;
        }

        return seq;
    }

    private static bool IsTerminalOf(object payload, Guid requestId) => payload switch
    {
        ChatMessageComplete m => m.RequestId == requestId,
        ChatError e => e.RequestId == requestId,
        ChatAborted a => a.RequestId == requestId,
        _ => false,
    };
}
