using Baton.Api.Data.Entities;

namespace Baton.Api.Permissions;

/// <summary>What settling a prompt needs: the prompt as stored (as locked, when it was), the answer it is resolved in, and where it belongs.</summary>
public sealed record SettlementTarget(StoredPrompt Prompt, Guid AnswerId, Guid BridgeId, Guid ProjectId);
