using Baton.Api.Data.Entities;

namespace Baton.Api.Runs;

/// <summary>A run a recorder holds locked, attached with the columns it reads and writes, and its answer.</summary>
public sealed record LockedRun(Run Run, LockedAnswer Answer);
