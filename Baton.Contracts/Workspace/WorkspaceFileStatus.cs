using System.Text.Json.Serialization;

namespace Baton.Contracts.Workspace;

/// <summary>What happened to a file, from <c>git status</c>'s two letters, staged change first.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WorkspaceFileStatus>))]
public enum WorkspaceFileStatus
{
    [JsonStringEnumMemberName("modified")]
    Modified,

    [JsonStringEnumMemberName("added")]
    Added,

    [JsonStringEnumMemberName("deleted")]
    Deleted,

    [JsonStringEnumMemberName("renamed")]
    Renamed,

    [JsonStringEnumMemberName("untracked")]
    Untracked,

    /// <summary>Unmerged: a merge or rebase left conflicts in it.</summary>
    [JsonStringEnumMemberName("conflicted")]
    Conflicted,
}
