namespace Baton.Contracts.Runs;

/// <summary>
/// The property the bridge adds to the CLI's echo of a message steered into the running turn, so the API
/// tells it from the CLI's other echoes (a slash command's local output, the run's own message).
/// </summary>
public static class SteeredLine
{
    public const string Marker = "baton_steered";
}
