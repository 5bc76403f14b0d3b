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
        [.. Items.Where(item => item.BridgeSeq > mark)
            .OrderBy(item => item.BridgeSeq)
            .DistinctBy(item => item.BridgeSeq)
            .TakeWhile((item, index) => item.BridgeSeq == mark + 1 + index)];
}
