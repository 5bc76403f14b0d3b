namespace Baton.Tests.Faults.Soak;

/// <summary>How a soak run's answer ended, as the browser saw it; <see cref="Unfinished"/> when the run could not be played to its end.</summary>
public enum SoakOutcome
{
    Completed,
    Failed,
    Aborted,
    Stuck,
    Unfinished,
}
