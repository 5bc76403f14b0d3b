using Baton.Api.Data.Entities;
using Baton.Api.Permissions;

namespace Baton.Api.Runs;

/// <summary>
/// A run's answer as the instance recording it holds it between drains, so that a drain neither reads
/// nor rewrites the whole answer: its blocks, its stream cursor, and what of it is stored. It is current
/// while the stored content is still the version it last wrote or read and no other instance recorded
/// items of the run since (the run's mark is still the one it folded up to); otherwise it is read again.
/// </summary>
public sealed class RunFold(RunKeys run, AssistantContent content, int storedVersion, long bridgeSeq, long? deferredSince, ProjectPermissions permissions)
{
    public RunKeys Run { get; } = run;

    public AssistantContent Content { get; } = content;

    public RunStreamCursor Cursor { get; } = new();

    /// <summary>The version of the stored content this fold continues.</summary>
    public int StoredVersion { get; set; } = storedVersion;

    /// <summary>The run's mark (its highest stored bridgeSeq) this fold holds everything up to.</summary>
    public long BridgeSeq { get; set; } = bridgeSeq;

    /// <summary>Since when (a <see cref="TimeProvider"/> timestamp) the stored content lacks events the log holds (deltas, prompts); null while it lacks none.</summary>
    public long? DeferredSince { get; set; } = deferredSince;

    /// <summary>
    /// What storing the run's permission requests needs of its project, as the run's last locked drain read it: a drain
    /// stored without a transaction decides requests on it, and stores them only if the project still has these permissions.
    /// </summary>
    public ProjectPermissions Permissions { get; set; } = permissions;

    /// <summary>The rows a drain stored without locks stands this run on (<see cref="RunTurn.Unlocked"/>), once made.</summary>
    public (Run Run, Message Message, Conversation Conversation)? UnlockedRows { get; set; }

    public bool IsCurrent(int storedVersion, long runBridgeSeq) => StoredVersion == storedVersion && BridgeSeq == runBridgeSeq;
}
