using System.Text.Json.Serialization;

namespace Baton.Contracts.Permissions;

/// <summary>The answer the CLI's <c>can_use_tool</c> control request takes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PermissionBehavior>))]
public enum PermissionBehavior
{
    [JsonStringEnumMemberName("allow")]
    Allow,

    [JsonStringEnumMemberName("deny")]
    Deny,
}
