using System.Text.Json.Serialization;

namespace Baton.Contracts.Runs;

/// <summary>Where a run is in its life: dispatched to the bridge, running, or ended one of three ways.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RunStatus>))]
public enum RunStatus
{
    [JsonStringEnumMemberName("dispatched")]
    Dispatched,

    [JsonStringEnumMemberName("running")]
    Running,

    [JsonStringEnumMemberName("completed")]
    Completed,

    [JsonStringEnumMemberName("failed")]
    Failed,

    [JsonStringEnumMemberName("aborted")]
    Aborted,
}
