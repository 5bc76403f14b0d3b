using System.Text.Json.Serialization;

namespace Baton.Contracts.Workspace;

[JsonConverter(typeof(JsonStringEnumConverter<WorkspaceDiffState>))]
public enum WorkspaceDiffState
{
    /// <summary>The folder is in a git repository; its changes are listed (none when clean).</summary>
    [JsonStringEnumMemberName("repository")]
    Repository,

    /// <summary>Neither the folder nor a folder above it, up to the bridge's workspace root, is a git repository.</summary>
    [JsonStringEnumMemberName("not_a_repository")]
    NotARepository,

    /// <summary>The bridge's machine has no <c>git</c> on its PATH.</summary>
    [JsonStringEnumMemberName("git_missing")]
    GitMissing,
}
