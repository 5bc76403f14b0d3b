using System.Text.Json;

namespace Baton.Api.Data.Entities;

/// <summary>
/// A chat with Claude Code in one project. <see cref="LastSeq"/> is the event log's counter: bumped
/// in the transaction that appends events, so seq stays strictly increasing across API instances.
/// </summary>
public sealed class Conversation
{
    public const int TitleMaxLength = 200;
    public const int ModelMaxLength = 100;
    public const int EffortMaxLength = 16;
    public const int TranscriptUuidMaxLength = 64;

    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public Guid OwnerId { get; set; }
    public required string Title { get; set; }
    public string? ClaudeSessionId { get; set; }

    /// <summary>
    /// How far Baton has read its session's transcript (a byte offset), so turns added in a terminal since are
    /// read from there; null while it has not read it yet (then from its start, Baton's own records passed over).
    /// </summary>
    public long? TranscriptOffset { get; set; }

    /// <summary>The newest record of the transcript's <c>parentUuid</c> chain read so far, to tell when the session forked.</summary>
    public string? TranscriptTipUuid { get; set; }
    public ConversationStatus Status { get; set; }
    public StoredPermissionMode PermissionMode { get; set; }
    public string? Model { get; set; }

    /// <summary>The CLI's <c>--effort</c>, applied when the conversation's next CLI process starts; null for its default.</summary>
    public string? Effort { get; set; }
    public long LastSeq { get; set; }

    /// <summary>Bumped with every change to its queued messages, so tabs keep the newest list.</summary>
    public long QueueRevision { get; set; }

    /// <summary>The slash commands its CLI session listed last (<see cref="SlashCommands.SlashCommand"/>s), refreshed on each <c>init</c>.</summary>
    public JsonElement? SlashCommands { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Binds the conversation to the session its CLI reported; another session's transcript is read from its start.</summary>
    public void UseSession(string sessionId)
    {
        if (ClaudeSessionId == sessionId)
        {
            return;
        }

        ClaudeSessionId = sessionId;
        TranscriptOffset = null;
        TranscriptTipUuid = null;
    }
}
