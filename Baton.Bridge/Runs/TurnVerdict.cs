using System.Text.Json;
using Baton.Bridge.Cli;
using Baton.Contracts.Errors;

namespace Baton.Bridge.Runs;

/// <summary>What a turn's <c>result</c> line, with what was seen before it, says about how the run ends.</summary>
internal sealed record TurnVerdict(TurnOutcome Outcome, string? ErrorCode = null, string? Message = null)
{
    private const string AuthenticationFailed = "authentication_failed";
    private const string InterruptionMarker = "[Request interrupted by user";

    /// <param name="result">The <c>result</c> line.</param>
    /// <param name="stopRequested">An abort, or a deny that stops the turn, was asked for.</param>
    /// <param name="sawInterruption">The CLI wrote its interruption marker during the turn.</param>
    /// <param name="apiError">The error of an <c>assistant</c> line, when the model's API failed.</param>
    public static TurnVerdict Read(JsonElement result, bool stopRequested, bool sawInterruption, string? apiError)
    {
        var subtype = CliJson.Subtype(result) ?? "success";
        var terminalReason = CliJson.String(result, "terminal_reason");
        if (stopRequested
            || terminalReason?.StartsWith("aborted", StringComparison.Ordinal) is true
            || (subtype is "error_during_execution" && sawInterruption))
        {
            return new TurnVerdict(TurnOutcome.Aborted);
        }

        if (terminalReason is "api_error" || apiError is not null)
        {
            var authFailed = apiError is AuthenticationFailed || CliJson.Number(result, "api_error_status") is 401;
            return new TurnVerdict(
                TurnOutcome.Failed,
                authFailed ? ErrorCodes.CliAuthFailed : ErrorCodes.CliFailed,
                CliJson.String(result, "result") ?? $"The model's API failed ({apiError}).");
        }

        return subtype is "error_during_execution"
            ? new TurnVerdict(TurnOutcome.Failed, ErrorCodes.CliFailed, Errors(result) ?? "The Claude Code CLI could not run this turn.")
            : new TurnVerdict(TurnOutcome.Completed);
    }

    /// <summary>A <c>user</c> line the CLI writes when a turn is interrupted.</summary>
    public static bool IsInterruptionMarker(JsonElement line) =>
        CliJson.Property(line, "message") is { } message
        && CliJson.Property(message, "content") is { ValueKind: JsonValueKind.Array } content
        && content.EnumerateArray().Any(block => CliJson.String(block, "text")?.StartsWith(InterruptionMarker, StringComparison.Ordinal) is true);

    private static string? Errors(JsonElement result) =>
        CliJson.Property(result, "errors") is { ValueKind: JsonValueKind.Array } errors && errors.GetArrayLength() > 0
            ? string.Join("; ", errors.EnumerateArray().Select(error => error.ToString()))
            : null;
}
