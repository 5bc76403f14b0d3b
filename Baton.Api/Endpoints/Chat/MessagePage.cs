namespace Baton.Api.Endpoints.Chat;

/// <summary>
/// Messages oldest first. They include every event up to <c>lastSeq</c>, so a client that
/// loaded them joins the conversation with <c>afterSeq = lastSeq</c>.
/// </summary>
public sealed record MessagePage(IReadOnlyList<MessageResponse> Messages, long LastSeq, bool HasMore);
