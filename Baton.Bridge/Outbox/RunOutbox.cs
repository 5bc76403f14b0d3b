using System.Text.Json;
using System.Threading.Channels;
using Baton.Contracts;
using Baton.Contracts.Bridges;
using Baton.Contracts.Hubs;
using Baton.Contracts.Runs;

namespace Baton.Bridge.Outbox;

/// <summary>
/// Everything the bridge says about its runs, numbered per run from bridgeSeq 1 and kept until
/// the API's <c>claude:ack</c> covers it. After a reconnect, <see cref="Rewind"/> makes whatever is
/// not acknowledged go out again; the API ignores anything at or below its mark.
/// </summary>
public sealed class RunOutbox
{
    /// <summary>Room for a batch's own JSON around its lines.</summary>
    private const int BatchOverheadBytes = 256;

    private const int LineOverheadBytes = 32;

    /// <summary>How many finished runs are remembered, so a repeated <c>claude:execute</c> never runs twice.</summary>
    private const int RememberedFinishedRuns = 1024;

    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, RunRecord> _runs = [];
    private readonly HashSet<Guid> _finished = [];
    private readonly Queue<Guid> _finishedOrder = new();
    private readonly Channel<bool> _unsent = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private long _generation;

    /// <summary>Starts numbering a run; a run the outbox already knows keeps its numbers.</summary>
    public void Open(Guid requestId)
    {
        lock (_gate)
        {
            _runs.TryAdd(requestId, new RunRecord());
        }
    }

    /// <summary>Whether the run is open, still has something to be acknowledged, or finished recently.</summary>
    public bool Knows(Guid requestId)
    {
        lock (_gate)
        {
            return _runs.ContainsKey(requestId) || _finished.Contains(requestId);
        }
    }

    /// <summary>A CLI line of the run, for <c>claude:stream</c>.</summary>
    public void AppendLine(Guid requestId, JsonElement line, int bytes) =>
        Append(requestId, seq => new OutboxEntry(seq, new RunLine(seq, line), null, bytes), terminal: false);

    /// <summary>An event of the run, made with its bridgeSeq; <paramref name="terminal"/> for the run's last one.</summary>
    public void Append(Guid requestId, Func<long, RunEvent> @event, bool terminal = false) =>
        Append(requestId, seq => new OutboxEntry(seq, null, @event(seq), 0), terminal);

    /// <summary>The API stored everything of the run up to <paramref name="upToSeq"/>.</summary>
    public void Acknowledge(Guid requestId, long upToSeq)
    {
        lock (_gate)
        {
            if (!_runs.TryGetValue(requestId, out var run))
            {
                return;
            }

            run.AckedSeq = Math.Max(run.AckedSeq, Math.Min(upToSeq, run.LastSeq));
            run.SentSeq = Math.Max(run.SentSeq, run.AckedSeq);
            while (run.Entries.TryPeek(out var entry) && entry.Seq <= run.AckedSeq)
            {
                run.Entries.Dequeue();
            }

            if (run.Ended && run.AckedSeq >= run.LastSeq)
            {
                _runs.Remove(requestId);
                RememberFinished(requestId);
            }
        }
    }

    /// <summary>Runs the API must still hear about, with the last bridgeSeq of each, for <c>bridge:connect</c>.</summary>
    public IReadOnlyList<ActiveRun> ActiveRuns()
    {
        lock (_gate)
        {
            return [.. _runs.Select(run => new ActiveRun(run.Key, run.Value.LastSeq))];
        }
    }

    /// <summary>A new connection is registered: everything not acknowledged goes out again, in order.</summary>
    public void Rewind()
    {
        lock (_gate)
        {
            _generation++;
            foreach (var run in _runs.Values)
            {
                run.SentSeq = run.AckedSeq;
            }
        }

        _unsent.Writer.TryWrite(true);
    }

    /// <summary>Waits until something may be waiting to be sent; false once the bridge stops.</summary>
    internal async Task<bool> WaitForUnsentAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _unsent.Reader.WaitToReadAsync(cancellationToken) && _unsent.Reader.TryRead(out _);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>How many entries wait to be sent.</summary>
    internal int UnsentCount
    {
        get
        {
            lock (_gate)
            {
                return _runs.Values.Sum(run => run.Entries.Count(entry => entry.Seq > run.SentSeq));
            }
        }
    }

    /// <summary>The hub calls for everything not yet sent: consecutive lines of a run as one batch under the size limit.</summary>
    internal IReadOnlyList<OutboundMessage> TakeUnsent()
    {
        lock (_gate)
        {
            var messages = new List<OutboundMessage>();
            foreach (var (requestId, run) in _runs)
            {
                var batch = new List<RunLine>();
                var batchBytes = BatchOverheadBytes;
                foreach (var entry in run.Entries.Where(entry => entry.Seq > run.SentSeq))
                {
                    if (entry.Line is { } line && (batch.Count == 0 || batchBytes + entry.Bytes + LineOverheadBytes <= BatonDefaults.MaxStreamBatchBytes))
                    {
                        batch.Add(line);
                        batchBytes += entry.Bytes + LineOverheadBytes;
                        continue;
                    }

                    FlushBatch();
                    if (entry.Line is { } firstOfNext)
                    {
                        batch.Add(firstOfNext);
                        batchBytes += entry.Bytes + LineOverheadBytes;
                        continue;
                    }

                    var @event = entry.Event!;
                    messages.Add(new OutboundMessage(requestId, entry.Seq, @event.Method, @event.SendAsync, _generation));
                }

                FlushBatch();

                void FlushBatch()
                {
                    if (batch.Count > 0)
                    {
                        var lines = new RunLineBatch(requestId, [.. batch]);
                        messages.Add(new OutboundMessage(requestId, batch[^1].BridgeSeq, WireEvents.ClaudeStream, hub => hub.Stream(lines), _generation));
                        batch = [];
                        batchBytes = BatchOverheadBytes;
                    }
                }
            }

            return messages;
        }
    }

    /// <summary>The message reached the connection it was taken for.</summary>
    internal void MarkSent(OutboundMessage message)
    {
        lock (_gate)
        {
            if (message.Generation == _generation && _runs.TryGetValue(message.RequestId, out var run))
            {
                run.SentSeq = Math.Max(run.SentSeq, message.UpToSeq);
            }
        }
    }

    private void RememberFinished(Guid requestId)
    {
        _finished.Add(requestId);
        _finishedOrder.Enqueue(requestId);
        while (_finishedOrder.Count > RememberedFinishedRuns)
        {
            _finished.Remove(_finishedOrder.Dequeue());
        }
    }

    private void Append(Guid requestId, Func<long, OutboxEntry> entry, bool terminal)
    {
        lock (_gate)
        {
            if (!_runs.TryGetValue(requestId, out var run) || run.Ended)
            {
                throw new InvalidOperationException($"Run {requestId} is not open.");
            }

            var seq = ++run.LastSeq;
            run.Entries.Enqueue(entry(seq));
            run.Ended = terminal;
        }

        _unsent.Writer.TryWrite(true);
    }

    private sealed class RunRecord
    {
        public Queue<OutboxEntry> Entries { get; } = new();
        public long LastSeq { get; set; }
        public long AckedSeq { get; set; }
        public long SentSeq { get; set; }
        public bool Ended { get; set; }
    }
}
