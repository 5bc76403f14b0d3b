namespace Baton.Api.Runs;

/// <summary>One numbered step of a run's stream: a CLI line (<c>RunLine</c>) or one of the bridge's run events.</summary>
public sealed record RunItem(long BridgeSeq, object Payload);
