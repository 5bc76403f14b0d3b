namespace Baton.Benchmarks.Peer;

/// <summary>What the peer relay's folder holds and how its load generator shapes a level.</summary>
public static class PeerShape
{
    public const string Server = "server.mjs";
    public const string LoadGenerator = "load.mjs";

    /// <summary>The peer's load generator spreads every level's conversations over this many bridge connections.</summary>
    public const int BridgeConnections = 4;
}
