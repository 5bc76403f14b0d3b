using System.Text.Json.Serialization;

namespace Baton.Contracts.Files;

[JsonConverter(typeof(JsonStringEnumConverter<FileKind>))]
public enum FileKind
{
    [JsonStringEnumMemberName("file")]
    File,

    [JsonStringEnumMemberName("directory")]
    Directory,
}
