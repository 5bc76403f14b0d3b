using System.Text.Json.Serialization;

namespace Baton.Contracts.Messages;

/// <summary>
/// One piece of what a message holds, as history stores it and the web app renders it: a closed set
/// told apart by <c>type</c>. The API folds stream events into these blocks, and the web app's live
/// fold produces the same ones, so a reloaded conversation and a live one render from the same data.
/// </summary>
/// <remarks>
/// A block from the CLI's stream keeps its place there, (<see cref="CliMessageId"/>, <see cref="Index"/>),
/// the key its deltas fold into; blocks Baton adds (attachments, prompts, errors, notices) have none.
/// Absent values are left out of the JSON, so a stored message stays small.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), MessageBlockTypes.Text)]
[JsonDerivedType(typeof(ThinkingBlock), MessageBlockTypes.Thinking)]
[JsonDerivedType(typeof(ToolUseBlock), MessageBlockTypes.ToolUse)]
[JsonDerivedType(typeof(ToolResultBlock), MessageBlockTypes.ToolResult)]
[JsonDerivedType(typeof(PermissionBlock), MessageBlockTypes.Permission)]
[JsonDerivedType(typeof(AttachmentBlock), MessageBlockTypes.Attachment)]
[JsonDerivedType(typeof(ErrorBlock), MessageBlockTypes.Error)]
[JsonDerivedType(typeof(NoticeBlock), MessageBlockTypes.Notice)]
[JsonDerivedType(typeof(SteeredMessageBlock), MessageBlockTypes.Steered)]
[JsonDerivedType(typeof(OtherBlock), MessageBlockTypes.Other)]
public abstract record MessageBlock
{
    /// <summary>The Task or Agent tool call whose subagent produced this block; absent for the main agent.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ParentToolUseId { get; init; }

    /// <summary>The id of the model message (the CLI's <c>message.id</c>) this block is part of.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CliMessageId { get; init; }

    /// <summary>The block's place in its model message.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Index { get; init; }

    /// <summary>True while the block is still streaming; absent once the CLI has sent it whole.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Streaming { get; init; }
}
