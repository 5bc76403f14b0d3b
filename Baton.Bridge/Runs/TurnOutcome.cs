namespace Baton.Bridge.Runs;

/// <summary>The three ways a run ends.</summary>
internal enum TurnOutcome
{
    Completed,
    Failed,
    Aborted,
}
