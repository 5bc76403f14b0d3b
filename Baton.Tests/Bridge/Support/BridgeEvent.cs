namespace Baton.Tests.Bridge.Support;

/// <summary>One numbered thing the bridge said about a run, as the test's hub received it.</summary>
public sealed record BridgeEvent(long Seq, string Method, object Payload);
