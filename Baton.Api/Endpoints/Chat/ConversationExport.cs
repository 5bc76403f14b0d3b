namespace Baton.Api.Endpoints.Chat;

/// <summary>A whole conversation as <c>?format=json</c> exports it: the conversation and every message, oldest first, in typed blocks.</summary>
public sealed record ConversationExport(ConversationResponse Conversation, IReadOnlyList<MessageResponse> Messages);
