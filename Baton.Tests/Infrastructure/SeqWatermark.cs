namespace Baton.Tests.Infrastructure;

/// <summary>
/// The seq up to which a tab has every event of a conversation. An event after a gap (one lost while
/// Redis was away, say) does not move it, so rejoining after it replays the gap, as the web app fills it.
/// </summary>
public sealed class SeqWatermark
{
    private readonly SortedSet<long> _aheadOfGap = [];
    private readonly Lock _gate = new();
    private long _complete;

    public long Complete
    {
        get
        {
            lock (_gate)
            {
                return _complete;
            }
        }
    }

    /// <summary>Everything up to <paramref name="seq"/> is had (joined after it, or seen).</summary>
    public void HadUpTo(long seq)
    {
        lock (_gate)
        {
            _complete = Math.Max(_complete, seq);
            _aheadOfGap.RemoveWhere(ahead => ahead <= _complete);
            MoveOn();
        }
    }

    public void Saw(long seq)
    {
        lock (_gate)
        {
            if (seq > _complete)
            {
                _aheadOfGap.Add(seq);
                MoveOn();
            }
        }
    }

    private void MoveOn()
    {
        while (_aheadOfGap.Remove(_complete + 1))
        {
            _complete++;
        }
    }
}
