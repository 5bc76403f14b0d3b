using Baton.Api.Data.Entities;

namespace Baton.Api.Permissions;

/// <summary>What settling a prompt locks and needs: the answer it resolves the prompt in, and where the prompt belongs.</summary>
public sealed record LockedPrompt(Message Answer, Guid RunId, Guid BridgeId, Guid ConversationId, Guid ProjectId);
