using Baton.Api.Data.Entities;

namespace Baton.Api.Runs;

/// <summary>What never changes about a run: whose it is, and where its events and its answer go.</summary>
public sealed record RunKeys(Guid RunId, Guid BridgeId, Guid ConversationId, Guid AssistantMessageId)
{
    public static RunKeys Of(Run run) => new(run.Id, run.BridgeId, run.ConversationId, run.AssistantMessageId);
}
