using Baton.Api.Data.Entities;
using Baton.Contracts.Permissions;

namespace Baton.Api.Conversations;

/// <summary>The stored permission mode and the wire's are the same four modes, named alike.</summary>
public static class PermissionModes
{
    public static PermissionMode ToWire(this StoredPermissionMode mode) => mode switch
    {
        StoredPermissionMode.Default => PermissionMode.Default,
        StoredPermissionMode.AcceptEdits => PermissionMode.AcceptEdits,
        StoredPermissionMode.Plan => PermissionMode.Plan,
        StoredPermissionMode.BypassPermissions => PermissionMode.BypassPermissions,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    public static StoredPermissionMode ToStored(this PermissionMode mode) => mode switch
    {
        PermissionMode.Default => StoredPermissionMode.Default,
        PermissionMode.AcceptEdits => StoredPermissionMode.AcceptEdits,
        PermissionMode.Plan => StoredPermissionMode.Plan,
        PermissionMode.BypassPermissions => StoredPermissionMode.BypassPermissions,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    /// <summary>A mode as the CLI spells it, in a <c>setMode</c> update.</summary>
    public static string CliName(PermissionMode mode) => mode switch
    {
        PermissionMode.Default => "default",
        PermissionMode.AcceptEdits => "acceptEdits",
        PermissionMode.Plan => "plan",
        PermissionMode.BypassPermissions => "bypassPermissions",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    /// <summary>A mode as the CLI spells it (a <c>setMode</c> suggestion's <c>mode</c>); null when unknown.</summary>
    public static StoredPermissionMode? FromCli(string? mode) => mode switch
    {
        "default" => StoredPermissionMode.Default,
        "acceptEdits" => StoredPermissionMode.AcceptEdits,
        "plan" => StoredPermissionMode.Plan,
        "bypassPermissions" => StoredPermissionMode.BypassPermissions,
        _ => null,
    };
}
