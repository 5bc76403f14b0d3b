namespace Baton.Contracts.Conversations;

/// <summary>The CLI's <c>--effort</c> levels, lowest first.</summary>
public static class EffortLevels
{
    public static readonly IReadOnlyList<string> All = ["low", "medium", "high", "xhigh", "max"];
}
