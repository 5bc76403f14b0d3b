namespace Baton.Contracts.Inbox;

/// <summary>
/// <c>inbox:changed</c> to the owner's room: in this conversation a prompt started or stopped waiting, a run
/// started or ended, or a failed run was dismissed, so the "Needs you" inbox is read again (<c>GET /api/inbox</c>).
/// Changes that follow one within a quarter of a second are told together once it has passed, naming the latest.
/// </summary>
public sealed record InboxChanged(Guid ConversationId);
