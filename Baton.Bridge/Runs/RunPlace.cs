using Baton.Contracts.Runs;

namespace Baton.Bridge.Runs;

/// <summary>The project's real folder and the CLI's path, or why the run cannot go there.</summary>
public sealed record RunPlace(string Root, string CliPath, ExecuteResult? Refusal)
{
    public static RunPlace Refused(string code, string message) => new("", "", ExecuteResult.Refuse(code, message));
}
