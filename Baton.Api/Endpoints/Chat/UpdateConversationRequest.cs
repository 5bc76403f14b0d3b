using Baton.Api.Data.Entities;

namespace Baton.Api.Endpoints.Chat;

/// <summary>What to change: the title, and archived or active. Omitted fields stay as they are.</summary>
public sealed record UpdateConversationRequest(string? Title, ConversationStatus? Status);
