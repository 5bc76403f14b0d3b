namespace Baton.Bridge.Cli;

/// <summary>The last lines the CLI wrote to stderr, for the message of a run that fails.</summary>
public sealed class StderrTail
{
    private const int MaxLines = 40;
    private const int MaxLineLength = 500;

    private readonly Lock _gate = new();
    private readonly Queue<string> _lines = new();

    public void Add(string line)
    {
        lock (_gate)
        {
            _lines.Enqueue(line.Length > MaxLineLength ? line[..MaxLineLength] + "…" : line);
            while (_lines.Count > MaxLines)
            {
                _lines.Dequeue();
            }
        }
    }

    /// <summary>The kept lines, or null when the CLI wrote nothing there.</summary>
    public string? Text()
    {
        lock (_gate)
        {
            return _lines.Count == 0 ? null : string.Join('\n', _lines);
        }
    }
}
