using System.Collections.Concurrent;
using Baton.Api.Permissions;

namespace Baton.Api.Runs;

/// <summary>
/// The folds of the runs this instance records. A transaction takes a run's fold out and puts it back
/// only once it committed: a fold never holds what a rolled-back transaction applied, and two writers
/// never share one.
/// </summary>
public sealed class RunFolds(TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, RunFold> _folds = new();

    public RunFold? Take(Guid runId) => _folds.TryRemove(runId, out var fold) ? fold : null;

    /// <summary>Puts back a fold taken by another writer of the answer (a settled prompt), unless the recorder has held a newer one since.</summary>
    public void Return(Guid runId, RunFold fold) => _folds.TryAdd(runId, fold);

    /// <summary>
    /// Gives back a fold taken while a prompt of its run was settled, holding the resolution if one was stored, unless
    /// someone else wrote the answer meanwhile (then the fold would lack what they wrote, and is let go).
    /// </summary>
    public void ReturnSettled(RunFold? fold, StoredResolution? stored)
    {
        if (fold is null)
        {
            return;
        }

        if (stored is null)
        {
            Return(fold.Run.RunId, fold);
        }
        else if (fold.StoredVersion == stored.ContentVersion - 1)
        {
            fold.Content.ResolvePermission(stored.Event);
            fold.StoredVersion = stored.ContentVersion;
            fold.DeferredSince ??= time.GetTimestamp();
            Return(fold.Run.RunId, fold);
        }
    }

    /// <summary>Holds a fold that holds everything stored of its run, for the run's next drain.</summary>
    public void Keep(RunFold fold) => _folds[fold.Run.RunId] = fold;

    /// <summary>After a commit: the folds of runs still going are held for their next drain, those of ended runs let go.</summary>
    public void KeepGoing(IEnumerable<RunTurn> turns)
    {
        foreach (var turn in turns)
        {
            if (turn.EndedAs is null)
            {
                turn.Fold.BridgeSeq = turn.Run.LastBridgeSeq;
                Keep(turn.Fold);
            }
            else
            {
                _folds.TryRemove(turn.Run.Id, out _);
            }
        }
    }
}
