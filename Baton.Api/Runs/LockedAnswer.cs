using Baton.Api.Permissions;

namespace Baton.Api.Runs;

/// <summary>
/// A locked assistant message's content version, and what a turn reads of its conversation: what it may
/// change among them too, so that the conversation, attached without being read, writes each change (a new
/// session resets where its transcript was read up to); and what storing permission requests needs of its project
/// (which <see cref="ProjectPermissions.ProjectId"/> names).
/// </summary>
public sealed record LockedAnswer(
    int ContentVersion, string? ClaudeSessionId, long? TranscriptOffset, string? TranscriptTipUuid, ProjectPermissions Permissions);
