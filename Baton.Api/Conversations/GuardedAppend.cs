using Baton.Contracts.Conversations;

namespace Baton.Api.Conversations;

/// <summary>What an append stored: each append's payloads in seq order, and which of the answers given were written.</summary>
public sealed record GuardedAppend(IReadOnlyList<IReadOnlyList<ConversationEvent>> Events, IReadOnlySet<Guid> WrittenAnswers);
