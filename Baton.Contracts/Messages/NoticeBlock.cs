using System.Text.Json.Serialization;

namespace Baton.Contracts.Messages;

/// <summary>
/// Something the CLI reported while it worked, shown as a line of text: a <c>system</c> line's subtype
/// (<c>api_retry</c> with its <see cref="Retry"/>, <c>task_started</c> and <c>task_notification</c> with their
/// <see cref="Task"/>), or what <c>/compact</c> and <c>/clear</c> did to the session (<c>compacting</c>,
/// then <c>compact_boundary</c> or <c>compact_failed</c>; <c>new_session</c>).
/// </summary>
public sealed record NoticeBlock(string Subtype) : MessageBlock
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RetryDetails? Retry { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public BackgroundTaskDetails? Task { get; init; }
}
