using Baton.Api.Data.Entities;

namespace Baton.Api.Permissions;

/// <summary>What settling a prompt locks and needs: the prompt as locked, the answer it is resolved in, and where it belongs.</summary>
public sealed record LockedPrompt(StoredPrompt Prompt, Guid AnswerId, Guid BridgeId, Guid ProjectId);
