using System.Collections.Concurrent;

namespace Baton.Api.Runs;

/// <summary>
/// The stream cursors of the runs this instance writes. A run whose bridge moved here starts a new
/// cursor, which falls back on the CLI message its stored content ends with.
/// </summary>
public sealed class RunStreamCursors
{
    private readonly ConcurrentDictionary<Guid, RunStreamCursor> _cursors = new();

    public RunStreamCursor For(Guid runId) => _cursors.GetOrAdd(runId, _ => new RunStreamCursor());

    public void Forget(Guid runId) => _cursors.TryRemove(runId, out _);
}
