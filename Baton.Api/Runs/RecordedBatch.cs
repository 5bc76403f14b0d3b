using Baton.Api.Data.Entities;
using Baton.Contracts.Conversations;

namespace Baton.Api.Runs;

/// <summary>
/// What storing a batch of a run's items did: the run, the events to broadcast (in seq order), the bridgeSeq
/// everything is stored up to, the prompts a rule answered (owed to the bridge), and how the run ended if it did.
/// </summary>
public sealed record RecordedBatch(
    Guid RunId,
    Guid ConversationId,
    Guid BridgeId,
    IReadOnlyList<ConversationEvent> Events,
    long StoredUpToBridgeSeq,
    IReadOnlyList<Guid> AnsweredPromptIds,
    IReadOnlyList<TimeSpan> PromptWaits,
    RunStatus? EndedAs);
