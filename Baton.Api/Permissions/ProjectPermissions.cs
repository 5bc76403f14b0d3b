namespace Baton.Api.Permissions;

/// <summary>
/// What storing a run's permission requests needs of its project, read with the lock on the run's answer so
/// that a request costs no round trip of its own: the project's root and rules, and which of the drain's requests
/// are stored already (sent again after a reconnect). The run's fold keeps it for the run's drains stored without
/// a transaction, which store requests only while the project still has this root and these rules, and none of
/// them stored yet (<see cref="Runs.GuardedDrain"/>).
/// </summary>
public sealed record ProjectPermissions(Guid ProjectId, string RootDirectory, IReadOnlyList<ProjectRule> Rules, IReadOnlySet<Guid> StoredPromptIds);
