using System.Collections.Concurrent;

namespace Baton.Api.Runs;

/// <summary>
/// The folds of the runs this instance records. A transaction takes a run's fold out and puts it back
/// only once it committed: a fold never holds what a rolled-back transaction applied, and two writers
/// never share one.
/// </summary>
public sealed class RunFolds
{
    private readonly ConcurrentDictionary<Guid, RunFold> _folds = new();

    public RunFold? Take(Guid runId) => _folds.TryRemove(runId, out var fold) ? fold : null;

    public void Keep(Guid runId, RunFold fold) => _folds[runId] = fold;

    public void Forget(Guid runId) => _folds.TryRemove(runId, out _);
}
