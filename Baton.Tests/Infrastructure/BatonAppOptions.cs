namespace Baton.Tests.Infrastructure;

/// <summary>Which parts of Baton a test collection starts.</summary>
public sealed record BatonAppOptions
{
    public bool WithFrontend { get; init; }
    public bool WithBridge { get; init; }
    public bool SecondApi { get; init; }

    /// <summary>A round-robin proxy (<c>loadbalancer</c>) in front of both instances; implies <see cref="SecondApi"/>.</summary>
    public bool LoadBalancer { get; init; }

    /// <summary>The bridge's CLI talks to the scripted model (<c>model</c>) instead of Anthropic's API.</summary>
    public bool Demo { get; init; }

    /// <summary>
    /// The local PostgreSQL's <c>Baton:DurableStorage</c>: off (faster, the cluster is thrown away) unless a
    /// fixture asks for the AppHost's own default with null.
    /// </summary>
    public bool? DurableStorage { get; init; } = false;

    /// <summary>How long the API waits for a vanished bridge before failing its runs; the API's default when null.</summary>
    public TimeSpan? BridgeReconnectGrace { get; init; }

    /// <summary>The API instances that run.</summary>
    public IEnumerable<string> ApiInstances() => SecondApi || LoadBalancer ? ["api", "api2"] : ["api"];

    /// <summary>The resources that must be healthy before tests run.</summary>
    public IEnumerable<string> ResourcesToAwait()
    {
        foreach (var api in ApiInstances())
        {
            yield return api;
        }

        if (LoadBalancer)
        {
            yield return "loadbalancer";
        }

        if (WithBridge)
        {
            yield return "bridge";
        }

        if (Demo)
        {
            yield return "model";
        }

        if (WithFrontend)
        {
            yield return "frontend";
        }
    }
}
