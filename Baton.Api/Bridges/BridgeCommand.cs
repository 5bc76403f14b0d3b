namespace Baton.Api.Bridges;

/// <summary>
/// Published on <see cref="BridgeCommandBus.Channel"/>: the bridge is owed something stored
/// (a permission answer or an abort, <paramref name="Id"/> being the prompt or the run).
/// </summary>
public sealed record BridgeCommand(Guid BridgeId, string Kind, Guid Id)
{
    public const string PermissionKind = "permission";
    public const string AbortKind = "abort";
}
