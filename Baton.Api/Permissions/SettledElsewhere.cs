using Baton.Api.Runs;

namespace Baton.Api.Permissions;

/// <summary>
/// Hears, with the answer it sends the bridge, that another instance settled a prompt of a run recorded here: the prompt
/// is let go, and the run's fold takes the resolution, so the run's next drain need not read its answer back.
/// </summary>
public sealed class SettledElsewhere(OpenPrompts openPrompts, RunFolds folds)
{
    public void Take(StoredResolution stored)
    {
        openPrompts.Forget(stored.Event.PromptId);
        folds.ReturnSettled(folds.Take(stored.RunId), stored);
    }
}
