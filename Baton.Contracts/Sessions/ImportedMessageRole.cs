using System.Text.Json.Serialization;

namespace Baton.Contracts.Sessions;

/// <summary>Who an imported message is from: the person's prompt, or Claude's answer (or a notice about the session).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImportedMessageRole>))]
public enum ImportedMessageRole
{
    [JsonStringEnumMemberName("user")]
    User,

    [JsonStringEnumMemberName("assistant")]
    Assistant,
}
