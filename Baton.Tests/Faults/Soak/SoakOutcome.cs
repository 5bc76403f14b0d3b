namespace Baton.Tests.Faults.Soak;

/// <summary>How a soak run's answer ended, as the browser saw it.</summary>
public enum SoakOutcome
{
    Completed,
    Failed,
    Aborted,
    Stuck,
}
