using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Baton.Tests.Infrastructure;

/// <summary>
/// Keeps what every resource logged (the AppHost forwards resource output to loggers named
/// <c>Baton.AppHost.Resources.&lt;name&gt;</c>), so a failing test can show the services' own words.
/// </summary>
public sealed class ResourceLogCollector : ILoggerProvider
{
    private const string ResourceCategoryPrefix = "Baton.AppHost.Resources.";
    private const int MaxLinesPerResource = 2_000;

    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _lines = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<TaskCompletionSource<string>, Func<string, bool>>> _waiters = new();

    public ILogger CreateLogger(string categoryName)
    {
        if (!categoryName.StartsWith(ResourceCategoryPrefix, StringComparison.Ordinal))
        {
            return Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        }

        var resourceName = categoryName[ResourceCategoryPrefix.Length..];
        return new ResourceLogger(_lines.GetOrAdd(resourceName, _ => new()), _waiters.GetOrAdd(resourceName, _ => new()));
    }

    /// <summary>
    /// Starts watching for a line the resource logs from now on; the task ends with the first that matches.
    /// Call it before causing the line, and await it with a timeout.
    /// </summary>
    public Task<string> WatchForLineAsync(string resourceName, Func<string, bool> matches)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.GetOrAdd(resourceName, _ => new())[seen] = matches;
        return seen.Task;
    }

    /// <summary>
    /// The first kept line that matches, or else the next one the resource logs. Await it with a timeout.
    /// </summary>
    public Task<string> WaitForLineAsync(string resourceName, Func<string, bool> matches)
    {
        // Watch first, then look back: a line logged in between is caught by one or the other.
        var watched = WatchForLineAsync(resourceName, matches);
        var kept = Lines(resourceName).FirstOrDefault(matches);
        return kept is null ? watched : Task.FromResult(kept);
    }

    /// <summary>The last lines a resource logged, newest last.</summary>
    public string Tail(string resourceName, int lines = 60) =>
        _lines.TryGetValue(resourceName, out var queue)
            ? string.Join(Environment.NewLine, queue.TakeLast(lines))
            : $"(no log lines from '{resourceName}')";

    /// <summary>Every line a resource logged that is still kept, oldest first.</summary>
    public IReadOnlyList<string> Lines(string resourceName) =>
        _lines.TryGetValue(resourceName, out var queue) ? [.. queue] : [];

    /// <summary>Every resource's tail, for a failure message.</summary>
    public string Describe(int linesPerResource = 30) =>
        string.Join(Environment.NewLine, _lines.Keys.Order().Select(name => $"--- {name} ---{Environment.NewLine}{Tail(name, linesPerResource)}"));

    public void Dispose()
    {
    }

    private sealed class ResourceLogger(
        ConcurrentQueue<string> lines, ConcurrentDictionary<TaskCompletionSource<string>, Func<string, bool>> waiters) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = formatter(state, exception);
            lines.Enqueue(line);
            foreach (var (seen, matches) in waiters)
            {
                if (matches(line) && waiters.TryRemove(seen, out _))
                {
                    seen.TrySetResult(line);
                }
            }

            while (lines.Count > MaxLinesPerResource && lines.TryDequeue(out _))
            {
            }
        }
    }
}
