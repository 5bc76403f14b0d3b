using System.Threading.Channels;

namespace Baton.Api.Runs;

/// <summary>
/// Hands the run stream writer its drains, at most <see cref="MaxStoring"/> of them being stored at once. A drain being
/// stored holds its runs: a later message of one of them waits, in order, for a drain after it, so a run is stored by
/// one drain at a time (and its fold, kept between drains, is never wanted by two). While one drain is stored, what
/// arrives goes into a second one once the oldest of it has waited <see cref="SecondDrainDelay"/>, or as soon as the
/// first is stored: the tail of a burst then waits for part of a drain's time instead of all of it (a drain's commit
/// waits about a millisecond for the disk), and is gathered into one drain rather than many small ones, each with its
/// own statement. A message's wait counts from when the hub received it (<see cref="BridgeRunMessage.ReceivedTimestamp"/>).
/// </summary>
public sealed class DrainScheduler(ChannelReader<BridgeRunMessage> reader, TimeProvider time)
{
    public const int MaxStoring = 2;
    public const int MaxMessagesPerDrain = 2_000;

    public static readonly TimeSpan SecondDrainDelay = TimeSpan.FromMilliseconds(1);

    private readonly Lock _gate = new();

    // Messages of runs being stored, in the order they came; ahead of everything still in the channel.
    private readonly List<BridgeRunMessage> _held = [];
    private readonly HashSet<Guid> _storing = [];
    private int _drainsStoring;
    private TaskCompletionSource _stored = NewSignal();

    /// <summary>The next drain to store, in the order its messages came; null once the queue is completed and all of it handed out.</summary>
    public async Task<List<BridgeRunMessage>?> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task stored;
            int drainsStoring;
            lock (_gate)
            {
                stored = _stored.Task;
                drainsStoring = _drainsStoring;
            }

            if (drainsStoring >= MaxStoring)
            {
                await stored.WaitAsync(cancellationToken);
                continue;
            }

            if (drainsStoring > 0 && SecondDrainDueIn() is { } due && due > TimeSpan.Zero)
            {
                // A second drain gathers what comes meanwhile, unless the first is stored before.
                await Task.WhenAny(stored, Task.Delay(due, time, cancellationToken));
            }

            if (TryTake() is { } drained)
            {
                return drained;
            }

            if (HeldFull())
            {
                // Nothing more is read from the queue before a drain is stored and lets some of it go.
                await stored.WaitAsync(cancellationToken);
                continue;
            }

            var readable = reader.WaitToReadAsync(cancellationToken).AsTask();
            if (await Task.WhenAny(readable, stored) == readable && !await readable)
            {
                // The queue is completed: what is held goes once its runs are stored.
                if (NothingLeft())
                {
                    return null;
                }

                await stored.WaitAsync(cancellationToken);
            }
        }
    }

    /// <summary>Lets the runs of <paramref name="drained"/>, now stored, into the next drains.</summary>
    public void Stored(List<BridgeRunMessage> drained)
    {
        TaskCompletionSource stored;
        lock (_gate)
        {
            foreach (var message in drained)
            {
                _storing.Remove(message.RequestId);
            }

            _drainsStoring--;
            stored = _stored;
            _stored = NewSignal();
        }

        stored.TrySetResult();
    }

    /// <summary>
    /// How long until the oldest message that may go has waited <see cref="SecondDrainDelay"/>; null when none may go.
    /// Held messages came before the channel's.
    /// </summary>
    private TimeSpan? SecondDrainDueIn()
    {
        lock (_gate)
        {
            var oldest = _held.Find(message => !_storing.Contains(message.RequestId));
            if (oldest is null && !reader.TryPeek(out oldest))
            {
                return null;
            }

            return SecondDrainDelay - time.GetElapsedTime(oldest.ReceivedTimestamp);
        }
    }

    private bool HeldFull()
    {
        lock (_gate)
        {
            return _held.Count >= MaxMessagesPerDrain;
        }
    }

    private bool NothingLeft()
    {
        lock (_gate)
        {
            return _held.Count == 0 && _drainsStoring == 0;
        }
    }

    /// <summary>The held messages whose runs are no longer being stored, then the channel's; null when none may go yet.</summary>
    private List<BridgeRunMessage>? TryTake()
    {
        lock (_gate)
        {
            var drained = new List<BridgeRunMessage>();
            var kept = 0;
            for (var index = 0; index < _held.Count; index++)
            {
                var message = _held[index];
                if (drained.Count < MaxMessagesPerDrain && !_storing.Contains(message.RequestId))
                {
                    drained.Add(message);
                }
                else
                {
                    _held[kept++] = message;
                }
            }

            _held.RemoveRange(kept, _held.Count - kept);
            while (drained.Count < MaxMessagesPerDrain && _held.Count < MaxMessagesPerDrain && reader.TryRead(out var message))
            {
                (_storing.Contains(message.RequestId) ? _held : drained).Add(message);
            }

            if (drained.Count == 0)
            {
                return null;
            }

            foreach (var message in drained)
            {
                _storing.Add(message.RequestId);
            }

            _drainsStoring++;
            return drained;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
