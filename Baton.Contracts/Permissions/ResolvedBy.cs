using System.Text.Json.Serialization;

namespace Baton.Contracts.Permissions;

/// <summary>What settled a permission prompt.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ResolvedBy>))]
public enum ResolvedBy
{
    [JsonStringEnumMemberName("user")]
    User,

    [JsonStringEnumMemberName("rule")]
    Rule,

    /// <summary>Nobody answered in time: answered deny, never fail-open.</summary>
    [JsonStringEnumMemberName("expiry")]
    Expiry,

    /// <summary>The CLI withdrew the request, or its run ended first.</summary>
    [JsonStringEnumMemberName("cancelled")]
    Cancelled,
}
