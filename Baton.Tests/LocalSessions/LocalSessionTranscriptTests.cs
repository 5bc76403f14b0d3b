using System.Text.Json;
using Baton.Api.LocalSessions;
using Baton.Contracts.Errors;
using Baton.Contracts.Messages;
using Baton.Contracts.Sessions;
using Baton.Tests.Bridge.Support;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Tests.LocalSessions;

/// <summary>
/// A session the bare CLI made in a project folder, through the bridge's <c>sessions:*</c> calls: listed
/// for that folder only, read in pages into typed blocks, resumed by a Baton run, continued again in the
/// terminal, and resumed by Baton again with what the terminal added; and two writers at once fork its chain.
/// </summary>
public sealed class LocalSessionTranscriptTests : IAsyncLifetime
{
    private BridgeTestHost _host = null!;
    private TerminalCli _terminal = null!;

    public async Task InitializeAsync()
    {
        _host = await BridgeTestHost.StartAsync(longChunkDelayMs: 100);
        _terminal = new TerminalCli(_host.ConfigDir, _host.ModelUrl);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_terminal_session_is_listed_read_resumed_by_baton_and_continued_in_the_terminal()
    {
        await _terminal.AskAsync(Path.Combine(_host.WorkspaceRoot, "elsewhere"), "Hello from another folder");
        await _terminal.AskAsync(_host.ProjectRoot, "Hello there");
        var listed = Assert.Single((await ListAsync(_host.ProjectRoot)).Sessions);
        Assert.Equal("Hello there", listed.LastPrompt);
        Assert.StartsWith("Hello! I'm Baton's", listed.LastMessage);
        await _terminal.AskAsync(_host.ProjectRoot, "run echo hi", listed.SessionId);

        var session = Assert.Single((await ListAsync(_host.ProjectRoot)).Sessions);
        var transcript = Directory.GetFiles(Path.Combine(_host.ConfigDir, "projects"), session.SessionId + ".jsonl", SearchOption.AllDirectories).Single();
        Assert.Equal(listed.SessionId, session.SessionId);
        Assert.Equal("run echo hi", session.LastPrompt);
        Assert.Equal("Done. The tool said: hi", session.LastMessage);
        Assert.Equal(new FileInfo(transcript).Length, session.Size);
        Assert.NotNull(session.StartedAt);

        var (history, offset) = await ReadAllAsync(session.SessionId, 0);
        Assert.Equal(["Hello there", "run echo hi"], Prompts(history));
        var blocks = Answers(history);
        Assert.Contains(blocks, block => block is ToolUseBlock { Name: "Bash" });
        Assert.Contains(blocks, block => block is ToolResultBlock result && result.Content.ToString() == "hi");

        var resumed = await _host.WaitForCompletionAsync(await _host.StartRunAsync(_host.NewRun("How many messages have I sent?", sessionId: session.SessionId)));
        Assert.Equal("You have sent me 3 messages in this conversation.", resumed.ResultText);
        Assert.Equal(session.SessionId, resumed.SessionId);
        Assert.Equal("You have sent me 4 messages in this conversation.", (await _terminal.AskAsync(_host.ProjectRoot, "recall, please", session.SessionId)).Answer);

        var (added, _) = await ReadAllAsync(session.SessionId, offset);
        var fromTerminal = added.Where(record => TranscriptChain.Entrypoint(record) != "baton").ToList();
        Assert.Equal(["How many messages have I sent?", "recall, please"], Prompts(added));
        Assert.Equal(["recall, please"], Prompts(fromTerminal));
        Assert.Contains(Answers(fromTerminal), block => block is TextBlock { Text: "You have sent me 4 messages in this conversation." });
        var chain = new TranscriptChain(null);
        Assert.DoesNotContain(history.Concat(added), chain.Forks);

        // The conversation's CLI process is still up from its last turn: it must not answer from the history it holds.
        var again = await _host.WaitForCompletionAsync(await _host.StartRunAsync(_host.NewRun("How many messages have I sent now?", sessionId: session.SessionId)));
        Assert.Equal("You have sent me 5 messages in this conversation.", again.ResultText);
        var (continued, _) = await ReadAllAsync(session.SessionId, offset);
        Assert.DoesNotContain(history.Concat(continued), new TranscriptChain(null).Forks);
    }

    [Fact]
    public async Task A_terminal_writing_while_baton_runs_the_session_forks_its_chain()
    {
        await _terminal.AskAsync(_host.ProjectRoot, "Hello there");
        var session = Assert.Single((await ListAsync(_host.ProjectRoot)).Sessions);
        var (before, offset) = await ReadAllAsync(session.SessionId, 0);

        var run = await _host.StartRunAsync(_host.NewRun("long", sessionId: session.SessionId));
        await _host.Recorder.WaitForAsync(
            () => _host.Recorder.Run(run).LinesOf("stream_event").Any() ? "streaming" : null, BridgeTestHost.RunTimeout, () => _host.Recorder.Run(run).Describe());
        await _terminal.AskAsync(_host.ProjectRoot, "Hello from the terminal meanwhile", session.SessionId);
        await _host.AbortAsync(run);
        await _host.WaitForEndAsync(run);

        var (added, _) = await ReadAllAsync(session.SessionId, offset);
        var chain = new TranscriptChain(before.Last(record => record.TryGetProperty("uuid", out _)).GetProperty("uuid").GetString());
        Assert.Contains(added, chain.Forks);
    }

    [Fact]
    public async Task Only_a_session_of_the_projects_folder_is_read_and_a_root_outside_the_workspace_is_refused()
    {
        await _terminal.AskAsync(Path.Combine(_host.WorkspaceRoot, "elsewhere"), "Hello from another folder");
        var other = Assert.Single((await ListAsync(Path.Combine(_host.WorkspaceRoot, "elsewhere"))).Sessions);
        Directory.CreateDirectory(_host.ProjectRoot);

        var notHere = await Assert.ThrowsAsync<HubException>(() => ReadAsync(_host.ProjectRoot, other.SessionId, 0));
        var notAnId = await Assert.ThrowsAsync<HubException>(() => ReadAsync(_host.ProjectRoot, "../../etc/passwd", 0));
        var outside = await Assert.ThrowsAsync<HubException>(() => ListAsync("/etc"));

        Assert.Empty((await ListAsync(_host.ProjectRoot)).Sessions);
        Assert.Equal(ErrorCodes.NotFound, HubErrors.ExtractCode(notHere));
        Assert.Equal(ErrorCodes.InvalidRequest, HubErrors.ExtractCode(notAnId));
        Assert.Equal(ErrorCodes.OutsideRoot, HubErrors.ExtractCode(outside));
    }

    private async Task<(List<JsonElement> Records, long Offset)> ReadAllAsync(string sessionId, long offset)
    {
        var records = new List<JsonElement>();
        for (var atEnd = false; !atEnd;)
        {
            var page = await ReadAsync(_host.ProjectRoot, sessionId, offset);
            records.AddRange(page.Records);
            (offset, atEnd) = (page.NextOffset, page.AtEnd);
        }

        return (records, offset);
    }

    private static List<string> Prompts(IEnumerable<JsonElement> records) =>
        [.. records.Select(TranscriptParser.Parse).OfType<PromptPiece>().Select(prompt => prompt.Text)];

    private static List<MessageBlock> Answers(IEnumerable<JsonElement> records) =>
        [.. records.Select(TranscriptParser.Parse).OfType<AnswerPiece>().SelectMany(piece => piece.Blocks)];

    private async Task<LocalSessionListing> ListAsync(string root)
    {
        using var timeout = new CancellationTokenSource(BridgeTestHost.CallTimeout);
        return await _host.Bridge.ListSessions(new ListLocalSessionsRequest(root), timeout.Token);
    }

    private async Task<TranscriptPage> ReadAsync(string root, string sessionId, long offset)
    {
        using var timeout = new CancellationTokenSource(BridgeTestHost.CallTimeout);
        return await _host.Bridge.ReadTranscript(new ReadTranscriptRequest(root, sessionId, offset), timeout.Token);
    }
}
