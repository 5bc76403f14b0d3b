using System.ComponentModel.DataAnnotations;
using Baton.Contracts;

namespace Baton.Api.Bridges;

/// <summary>How long bridges may be away, how their presence is kept, and how long calls to them may take.</summary>
public sealed class BridgeOptions
{
    public const string SectionName = "Bridges";

    /// <summary>A bridge away longer than this fails its runs with <c>bridge_disconnected</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan ReconnectGrace { get; set; } = BatonDefaults.BridgeReconnectGrace;

    /// <summary>The presence record's expiry: an instance that dies without a word stops vouching after this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan PresenceExpiry { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan PresenceRefreshInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often an instance delivers what its bridges are owed and looks for runs of vanished bridges.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(3);

    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan ClientResultTimeout { get; set; } = BatonDefaults.ClientResultTimeout;
}
