using System.Text.Json;
using System.Text.Json.Nodes;
using Baton.Api.Data.Entities;
using Baton.Api.Hubs;
using Baton.Contracts.Chat;
using Baton.Contracts.Hubs;
using Baton.Contracts.Messages;
using Baton.Contracts.Permissions;
using Baton.Contracts.Streaming;
using Baton.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Tests.Faults.Soak;

/// <summary>
/// What a soak run must leave behind, whatever the fault: a stored log with seqs 1..N and every line the bridge
/// streamed once (its bridge seqs 1..M, none missing or doubled), exactly one terminal event, each prompt asked
/// and answered at most once, an answer whose text is what was streamed, and tabs shown exactly the stored log.
/// Each check returns what differed, in words, instead of failing at the first.
/// </summary>
public static class SoakChecks
{
    private static readonly string[] TerminalTypes = [WireEvents.ChatMessageComplete, WireEvents.ChatError, WireEvents.ChatAborted];

    public static async Task<IReadOnlyList<string>> CheckAsync(
        BatonAppFixture app, RealBridgeChat chat, Guid requestId, SoakOutcome outcome, IReadOnlyList<TestBrowser> tabs)
    {
        List<ConversationLogEntry> log;
        // Unpooled: a pooled connection may predate a PostgreSQL restart of this or an earlier run.
        var connectionString = $"{await app.GetConnectionStringAsync("baton")};Pooling=false";
        await using (var db = BatonDatabase.Open(connectionString))
        {
            log = await db.ConversationEvents.AsNoTracking()
                .Where(entry => entry.ConversationId == chat.ConversationId)
                .OrderBy(entry => entry.Seq)
                .ToListAsync();
        }

        var problems = new List<string>();
        problems.AddRange(SeqsAreContiguous(log));
        problems.AddRange(BridgeLinesStoredOnce(log));
        problems.AddRange(OneTerminalEvent(log, outcome));
        problems.AddRange(PromptsAnsweredOnce(log));
        problems.AddRange(await AnswerIsWhatStreamedAsync(chat, requestId, outcome, log));
        problems.AddRange(TabsWereShownTheLog(log, tabs, chat.ConversationId));
        return problems;
    }

    private static IEnumerable<string> SeqsAreContiguous(List<ConversationLogEntry> log)
    {
        var seqs = log.Select(entry => entry.Seq).ToList();
        if (!seqs.SequenceEqual(Enumerable.Range(1, seqs.Count).Select(seq => (long)seq)))
        {
            yield return $"Stored seqs are not 1..{seqs.Count}: {string.Join(",", seqs)}";
        }
    }

    /// <summary>
    /// A bridge line becomes none, one or several events, all stored with its bridge seq: so in seq order the bridge
    /// seqs of a run never go back, and no two events of one line are the same event (a line applied twice).
    /// </summary>
    private static IEnumerable<string> BridgeLinesStoredOnce(List<ConversationLogEntry> log)
    {
        foreach (var run in log.Where(entry => entry.BridgeSeq is not null).GroupBy(entry => entry.RunId))
        {
            var bridgeSeqs = run.Select(entry => entry.BridgeSeq!.Value).ToList();
            if (bridgeSeqs.Zip(bridgeSeqs.Skip(1)).Any(pair => pair.Second < pair.First))
            {
                yield return $"Run {run.Key}: stored bridge seqs go back (a line stored again): {string.Join(",", bridgeSeqs)}";
            }

            foreach (var line in run.GroupBy(entry => entry.BridgeSeq))
            {
                var doubled = line.GroupBy(WithoutSeq).Where(same => same.Count() > 1).Select(same => same.Key).ToList();
                if (doubled.Count > 0)
                {
                    yield return $"Run {run.Key}: bridge line {line.Key} stored twice as {string.Join("; ", doubled)}";
                }
            }
        }
    }

    private static string WithoutSeq(ConversationLogEntry entry)
    {
        var payload = JsonNode.Parse(entry.Payload.GetRawText())!.AsObject();
        payload.Remove("seq");
        return $"{entry.Type} {payload.ToJsonString()}";
    }

    private static IEnumerable<string> OneTerminalEvent(List<ConversationLogEntry> log, SoakOutcome outcome)
    {
        var terminals = log.Where(entry => TerminalTypes.Contains(entry.Type)).ToList();
        if (outcome != SoakOutcome.Stuck && terminals.Count != 1)
        {
            yield return $"{terminals.Count} terminal events stored: {string.Join(", ", terminals.Select(entry => $"{entry.Seq} {entry.Type}"))}";
        }
        else if (terminals.Count == 1 && terminals[0] != log[^1])
        {
            yield return $"Events stored after the terminal one (seq {terminals[0].Seq}): {string.Join(", ", log.SkipWhile(entry => entry != terminals[0]).Skip(1).Select(entry => $"{entry.Seq} {entry.Type}"))}";
        }
    }

    private static IEnumerable<string> PromptsAnsweredOnce(List<ConversationLogEntry> log)
    {
        var asked = log.Where(entry => entry.Type == WireEvents.InteractivePrompt).Select(entry => Payload<InteractivePrompt>(entry).PromptId).ToList();
        var resolved = log.Where(entry => entry.Type == WireEvents.PermissionResolved).Select(entry => Payload<PermissionResolved>(entry).PromptId).ToList();
        foreach (var twice in asked.GroupBy(id => id).Where(group => group.Count() > 1))
        {
            yield return $"Prompt {twice.Key} asked {twice.Count()} times.";
        }

        foreach (var twice in resolved.GroupBy(id => id).Where(group => group.Count() > 1))
        {
            yield return $"Prompt {twice.Key} resolved {twice.Count()} times.";
        }
    }

    private static async Task<IEnumerable<string>> AnswerIsWhatStreamedAsync(RealBridgeChat chat, Guid requestId, SoakOutcome outcome, List<ConversationLogEntry> log)
    {
        var events = log.Where(entry => entry.Type == WireEvents.ChatStreamResponse).Select(entry => Payload<ChatStreamResponse>(entry).Event).ToList();
        var streamed = string.Concat(events.OfType<TextDeltaEvent>().Select(delta => delta.Text));
        var finished = string.Concat(events.OfType<BlockCompleteEvent>().Select(complete => complete.Block is TextBlock text ? text.Text : ""));
        var answer = RealBridgeChat.TextOf(await chat.AnswerOfAsync(requestId));
        return outcome switch
        {
            SoakOutcome.Completed when answer != streamed || answer != finished =>
                [$"The completed answer differs from what streamed.{Environment.NewLine}  stored:   {answer}{Environment.NewLine}  streamed: {streamed}{Environment.NewLine}  finished: {finished}"],
            SoakOutcome.Failed or SoakOutcome.Aborted when !answer.StartsWith(streamed, StringComparison.Ordinal) =>
                [$"The ended answer lacks what streamed.{Environment.NewLine}  stored:   {answer}{Environment.NewLine}  streamed: {streamed}"],
            _ => [],
        };
    }

    /// <summary>Every seq a tab holds is the stored event, byte for byte as JSON, and between them the tabs hold every stored seq.</summary>
    private static IEnumerable<string> TabsWereShownTheLog(List<ConversationLogEntry> log, IReadOnlyList<TestBrowser> tabs, Guid conversationId)
    {
        var stored = log.ToDictionary(entry => entry.Seq);
        var shown = tabs.SelectMany(tab => tab.Events.All).Where(e => TestBrowser.SeqOf(e.Payload) > 0).ToList();
        foreach (var received in shown)
        {
            var seq = TestBrowser.SeqOf(received.Payload);
            if (!stored.TryGetValue(seq, out var entry))
            {
                yield return $"A tab was shown seq {seq} ({received.Name}), which is not stored.";
            }
            else if (entry.Type != received.Name || !JsonElement.DeepEquals(entry.Payload, JsonSerializer.SerializeToElement(received.Payload, received.Payload.GetType(), WireJson.Options)))
            {
                yield return $"A tab was shown seq {seq} as {received.Name} {JsonSerializer.Serialize(received.Payload, received.Payload.GetType(), WireJson.Options)}; stored: {entry.Type} {entry.Payload}";
            }
        }

        var missing = stored.Keys.Except(shown.Select(e => TestBrowser.SeqOf(e.Payload))).Order().ToList();
        if (missing.Count > 0)
        {
            yield return $"No tab of conversation {conversationId} was shown the stored seqs {string.Join(",", missing)}.";
        }
    }

    private static T Payload<T>(ConversationLogEntry entry) => entry.Payload.Deserialize<T>(WireJson.Options)!;
}
