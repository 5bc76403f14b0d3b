namespace Baton.Bridge.CommandLine;

/// <summary>What a <c>baton-bridge</c> command line asks for.</summary>
public abstract record BridgeInvocation
{
    private BridgeInvocation()
    {
    }

    /// <summary><c>--help</c>: print the usage and stop.</summary>
    public sealed record ShowUsage : BridgeInvocation;

    /// <summary>The arguments make no sense; <paramref name="Problem"/> says why in one line.</summary>
    public sealed record Refused(string Problem) : BridgeInvocation;

    /// <summary>Start the bridge with these configuration arguments (<c>--Section:Key=value</c>).</summary>
    public sealed record Start(IReadOnlyList<string> Arguments) : BridgeInvocation;
}
