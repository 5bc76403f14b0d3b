namespace Baton.Contracts.Workspace;

/// <summary><c>workspace:diff</c> from a browser: what git says has changed in the project's folder.</summary>
public sealed record WorkspaceDiffRequest(Guid ProjectId);
