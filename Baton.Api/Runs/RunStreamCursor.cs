namespace Baton.Api.Runs;

/// <summary>
/// What reading a run's CLI lines must remember between lines: for the main agent and each subagent
/// (by the tool call that started it), the model message its streamed blocks belong to, which the CLI
/// names only in <c>message_start</c>. A subagent's messages interleave with the main agent's, so one
/// id per run would put one agent's deltas into the other's blocks.
/// </summary>
public sealed class RunStreamCursor
{
    private const string MainAgent = "";
    private readonly Dictionary<string, string> _cliMessageIds = [];

    public string? CliMessageIdOf(string? parentToolUseId) => _cliMessageIds.GetValueOrDefault(parentToolUseId ?? MainAgent);

    public void Begin(string? parentToolUseId, string cliMessageId) => _cliMessageIds[parentToolUseId ?? MainAgent] = cliMessageId;
}
