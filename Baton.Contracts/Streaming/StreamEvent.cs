using System.Text.Json.Serialization;

namespace Baton.Contracts.Streaming;

/// <summary>
/// What the API derives from one CLI line: a closed set told apart by <c>kind</c> on the wire.
/// (cliMessageId, index) is the key a browser folds deltas into.
/// </summary>
/// <remarks>
/// Serialise it through a property or parameter typed <see cref="StreamEvent"/> (as
/// <c>ChatStreamResponse.Event</c> is): System.Text.Json writes <c>kind</c> only for the declared base type.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(UserMessageEvent), StreamEventKinds.UserMessage)]
[JsonDerivedType(typeof(BlockStartEvent), StreamEventKinds.BlockStart)]
[JsonDerivedType(typeof(TextDeltaEvent), StreamEventKinds.TextDelta)]
[JsonDerivedType(typeof(ThinkingDeltaEvent), StreamEventKinds.ThinkingDelta)]
[JsonDerivedType(typeof(ToolInputDeltaEvent), StreamEventKinds.ToolInputDelta)]
[JsonDerivedType(typeof(BlockCompleteEvent), StreamEventKinds.BlockComplete)]
[JsonDerivedType(typeof(ToolResultEvent), StreamEventKinds.ToolResult)]
[JsonDerivedType(typeof(SystemEvent), StreamEventKinds.System)]
[JsonDerivedType(typeof(SteeredMessageEvent), StreamEventKinds.SteeredMessage)]
[JsonDerivedType(typeof(OtherEvent), StreamEventKinds.Other)]
public abstract record StreamEvent
{
    /// <summary>The Task or Agent tool call whose subagent this event comes from; absent for the main agent.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ParentToolUseId { get; init; }
}
