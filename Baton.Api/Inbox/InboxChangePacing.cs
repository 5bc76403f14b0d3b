namespace Baton.Api.Inbox;

/// <summary>
/// Paces each person's inbox announcements: a change is told at once, and the changes that follow within
/// <see cref="QuietPeriod"/> are told together when it has passed, as one announcement naming the latest conversation.
/// Every tab reads the inbox again on each announcement: without pacing, a run opening and settling prompts in quick
/// succession, or many runs of one person at once, had every tab read it once per change, and with many tabs open the
/// announcements alone slowed the relay. No change goes untold: it is told at once or at the end of its period.
/// </summary>
public sealed class InboxChangePacing(TimeProvider time, Func<Guid, Guid, Task> tell)
{
    /// <summary>How long after telling a person of a change further changes wait, to be told together.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(250);

    // The people told of a change less than a quiet period ago; a window closes once a period passes without changes.
    private readonly Dictionary<Guid, QuietWindow> _windows = [];

    /// <summary>A change of <paramref name="ownerId"/>'s inbox, in <paramref name="conversationId"/>.</summary>
    public void Changed(Guid ownerId, Guid conversationId)
    {
        lock (_windows)
        {
            if (_windows.TryGetValue(ownerId, out var open))
            {
                open.Untold = conversationId;
                return;
            }

            // The timer's callback takes the lock first, so it finds the window whole.
            var window = new QuietWindow();
            _windows[ownerId] = window;
            window.Timer = time.CreateTimer(_ => Close(ownerId), null, QuietPeriod, Timeout.InfiniteTimeSpan);
        }

        _ = tell(ownerId, conversationId);
    }

    /// <summary>The end of a quiet period: the changes it held are told and a new period starts, or the window closes.</summary>
    private void Close(Guid ownerId)
    {
        Guid latest;
        lock (_windows)
        {
            var window = _windows[ownerId];
            if (window.Untold is not { } untold)
            {
                _windows.Remove(ownerId);
                window.Timer.Dispose();
                return;
            }

            latest = untold;
            window.Untold = null;
            window.Timer.Change(QuietPeriod, Timeout.InfiniteTimeSpan);
        }

        _ = tell(ownerId, latest);
    }

    private sealed class QuietWindow
    {
        public ITimer Timer { get; set; } = null!;

        /// <summary>The latest conversation changed since the person was last told, if any was.</summary>
        public Guid? Untold { get; set; }
    }
}
