namespace Baton.Api.Endpoints.Chat;

/// <summary>
/// Messages oldest first. They include every event up to <c>lastSeq</c>, so a client that
/// loaded them joins the conversation with <c>afterSeq = lastSeq</c>. While an answer streams, its
/// newest deltas may be in the event log only: <c>lastSeq</c> then stops where its content does, and
/// the events replayed after it repeat nothing but settled prompts, which fold in alike twice.
/// </summary>
public sealed record MessagePage(IReadOnlyList<MessageResponse> Messages, long LastSeq, bool HasMore);
