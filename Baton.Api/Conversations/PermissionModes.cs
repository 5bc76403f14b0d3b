using StoredMode = Baton.Api.Data.Entities.PermissionMode;
using WireMode = Baton.Contracts.Permissions.PermissionMode;

namespace Baton.Api.Conversations;

/// <summary>The stored permission mode and the wire's are the same four modes, named alike.</summary>
public static class PermissionModes
{
    public static WireMode ToWire(this StoredMode mode) => mode switch
    {
        StoredMode.Default => WireMode.Default,
        StoredMode.AcceptEdits => WireMode.AcceptEdits,
        StoredMode.Plan => WireMode.Plan,
        StoredMode.BypassPermissions => WireMode.BypassPermissions,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    public static StoredMode ToStored(this WireMode mode) => mode switch
    {
        WireMode.Default => StoredMode.Default,
        WireMode.AcceptEdits => StoredMode.AcceptEdits,
        WireMode.Plan => StoredMode.Plan,
        WireMode.BypassPermissions => StoredMode.BypassPermissions,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    /// <summary>A mode as the CLI spells it (a <c>setMode</c> suggestion's <c>mode</c>); null when unknown.</summary>
    public static StoredMode? FromCli(string? mode) => mode switch
    {
        "default" => StoredMode.Default,
        "acceptEdits" => StoredMode.AcceptEdits,
        "plan" => StoredMode.Plan,
        "bypassPermissions" => StoredMode.BypassPermissions,
        _ => null,
    };
}
