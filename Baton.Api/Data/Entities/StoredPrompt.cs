using System.Text.Json;

namespace Baton.Api.Data.Entities;

/// <summary>
/// A permission request from the CLI, kept until answered. The answer is stored before it is sent,
/// and <see cref="DeliveredToBridgeAt"/> stays empty until the bridge acknowledged it, so any
/// instance can deliver what is still owed.
/// </summary>
public sealed class StoredPrompt
{
    /// <summary>The bridge's promptId.</summary>
    public Guid Id { get; set; }

    public Guid ConversationId { get; set; }
    public Guid RunId { get; set; }
    public string? ToolUseId { get; set; }
    public required string ToolName { get; set; }
    public JsonElement Input { get; set; }
    public JsonElement Suggestions { get; set; }
    public PromptStatus Status { get; set; }
    public PromptDecision? Decision { get; set; }
    public PromptResolver? ResolvedBy { get; set; }
    public Guid? AnsweredByUserId { get; set; }

    /// <summary>The answer as the bridge receives it (behavior, updatedInput, updatedPermissions, message, interrupt).</summary>
    public JsonElement? Response { get; set; }

    public DateTimeOffset? DeliveredToBridgeAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}
