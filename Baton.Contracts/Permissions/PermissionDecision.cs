using System.Text.Json.Serialization;

namespace Baton.Contracts.Permissions;

/// <summary>A person's (or a stored rule's) answer to a permission prompt.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PermissionDecision>))]
public enum PermissionDecision
{
    [JsonStringEnumMemberName("allow")]
    Allow,

    /// <summary>Allow, and store the chosen suggestion's rules for the project.</summary>
    [JsonStringEnumMemberName("allow_always")]
    AllowAlways,

    [JsonStringEnumMemberName("deny")]
    Deny,
}
