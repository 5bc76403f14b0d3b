namespace Baton.Api.Runs;

/// <summary>
/// What reading a run's CLI lines must remember between lines: the CLI message the streamed
/// blocks belong to (the CLI names it only in <c>message_start</c>).
/// </summary>
public sealed class RunStreamCursor
{
    public string? CliMessageId { get; set; }
}
