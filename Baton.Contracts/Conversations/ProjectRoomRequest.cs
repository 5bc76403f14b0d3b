namespace Baton.Contracts.Conversations;

/// <summary><c>project:join</c> / <c>project:leave</c>: the project's room hears its conversations change.</summary>
public sealed record ProjectRoomRequest(Guid ProjectId);
