using System.Text.Json;

namespace Baton.Bridge.Cli;

/// <summary>
/// The turn a <see cref="ClaudeProcess"/> works on while it is attached: what the CLI says during
/// the turn, and how the turn ends, reach it through these calls. The process knows nothing else
/// of what a turn is for.
/// </summary>
public interface ICliTurn
{
    bool HasEnded { get; }

    /// <summary>Marks the message as handed to the CLI; false when the turn ended first.</summary>
    bool TryMarkMessageSent();

    /// <summary>A stdout line of the turn that is not part of the control protocol.</summary>
    void AddLine(JsonElement line, string text, int bytes);

    /// <summary>The CLI asks to use a tool; false when the turn has ended and no one can answer.</summary>
    bool AddPermissionRequest(string cliRequestId, JsonElement request);

    /// <summary>The CLI withdrew a request (its turn was interrupted).</summary>
    void CancelPermissionRequest(string? cliRequestId);

    /// <summary>The turn's <c>result</c> line, with what the turn cost.</summary>
    void FinishTurn(JsonElement result, double costUsd);

    /// <summary>The CLI wrote a line that is not a JSON object: its process is being killed.</summary>
    void FailUnreadableOutput(string? stderrTail);

    /// <summary>The process exited while the turn was attached.</summary>
    void FailAfterExit(int exitCode, string? stderrTail);
}
