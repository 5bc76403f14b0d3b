using Baton.Api.Permissions;
using Baton.Contracts.Permissions;

namespace Baton.Api.Bridges;

/// <summary>
/// Published on <see cref="BridgeCommandBus.Channel"/>: the bridge is owed something stored
/// (a permission answer or an abort, <paramref name="Id"/> being the prompt or the run). A permission answer
/// just stored travels with it, and so does its resolution as stored: the instance holding the bridge sends the answer
/// without reading it back, and its fold of the run's answer stays current.
/// </summary>
public sealed record BridgeCommand(
    Guid BridgeId, string Kind, Guid Id, CliPermissionResponse? Answer = null, StoredResolution? Resolution = null)
{
    public const string PermissionKind = "permission";
    public const string AbortKind = "abort";
}
