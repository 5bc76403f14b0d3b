namespace Baton.Api.Permissions;

/// <summary>
/// What storing a run's permission requests needs of its project, read with the lock on the run's answer so
/// that a request costs no round trip of its own: the project's root and rules, and which of the requests
/// are stored already (sent again after a reconnect).
/// </summary>
public sealed record ProjectPermissions(string RootDirectory, IReadOnlyList<ProjectRule> Rules, IReadOnlySet<Guid> StoredPromptIds);
