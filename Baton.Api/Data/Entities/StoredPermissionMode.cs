namespace Baton.Api.Data.Entities;

/// <summary>The Claude Code CLI's permission modes; camelCase names are the CLI's own spelling.</summary>
public enum StoredPermissionMode
{
    Default,
    AcceptEdits,
    Plan,
    BypassPermissions,
}
