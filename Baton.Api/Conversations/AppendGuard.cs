using Baton.Api.Permissions;

namespace Baton.Api.Conversations;

/// <summary>
/// What a guarded append stores on: its runs as their writer last knew them (<see cref="RunGuard"/>), the projects'
/// permissions its prompts were decided on (<see cref="DecidedPermissions"/>), and, implied, that none of its new prompts
/// is stored yet. An append in a transaction that locked what it writes has nothing to guard.
/// </summary>
public sealed record AppendGuard(IReadOnlyList<RunGuard> Runs, IReadOnlyList<ProjectPermissions> DecidedOn)
{
    public static readonly AppendGuard None = new([], []);
}
