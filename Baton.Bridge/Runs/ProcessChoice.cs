using Baton.Bridge.Cli;
using Baton.Contracts.Runs;

namespace Baton.Bridge.Runs;

/// <summary>The process a run goes to (reused or new), or why there is none.</summary>
public sealed record ProcessChoice(ClaudeProcess? Process, bool Reused, ExecuteResult? Refusal)
{
    public static ProcessChoice Refused(string code, string message) => new(null, false, ExecuteResult.Refuse(code, message));
}
