using System.Text.Json.Serialization;

namespace Baton.Contracts.Permissions;

/// <summary>The CLI's permission modes, spelled as its <c>--permission-mode</c> flag takes them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PermissionMode>))]
public enum PermissionMode
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("acceptEdits")]
    AcceptEdits,

    [JsonStringEnumMemberName("plan")]
    Plan,

    [JsonStringEnumMemberName("bypassPermissions")]
    BypassPermissions,
}
