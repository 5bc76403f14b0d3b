using Baton.Contracts.Runs;

namespace Baton.Api.Runs;

/// <summary>The items one bridge sent about one of its runs, to be stored together.</summary>
public sealed record RunWrite(Guid BridgeId, Guid RunId, IReadOnlyList<RunItem> Items)
{
    /// <summary>
    /// The items that continue the run's mark, in order. Anything at or below it is a repeat (one may also sit in
    /// the same batch as its original: a re-send queued behind it); anything after a gap (a batch that could not
    /// be stored) waits for the re-send that fills it.
    /// </summary>
    public List<RunItem> ItemsAfter(long mark) =>
        ContinueInOrder(mark)
            ? [.. Items]
            : [.. Items.Where(item => item.BridgeSeq > mark)
                .OrderBy(item => item.BridgeSeq)
                .DistinctBy(item => item.BridgeSeq)
                .TakeWhile((item, index) => item.BridgeSeq == mark + 1 + index)];

    /// <summary>The usual drain: every item follows the one before it, the first one the mark; then all are taken as they are.</summary>
    private bool ContinueInOrder(long mark)
    {
        // By index: a foreach over the interface would allocate its enumerator, on every run of every drain.
        for (var index = 0; index < Items.Count; index++)
        {
            if (Items[index].BridgeSeq != mark + 1 + index)
            {
                return false;
            }
        }

        return true;
    }
}
