namespace Baton.Tests.Faults.Soak;

/// <summary>A test the suite skips unless <c>BATON_SOAK_RUNS</c> asks for a soak.</summary>
public sealed class OnDemandSoakFactAttribute : FactAttribute
{
    public OnDemandSoakFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(SoakSettings.RunsVariable) is null)
        {
            Skip = $"On demand: set {SoakSettings.RunsVariable} (and optionally {SoakSettings.SeedVariable}).";
        }
    }
}
