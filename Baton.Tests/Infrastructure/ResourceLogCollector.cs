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

    public ILogger CreateLogger(string categoryName) =>
        categoryName.StartsWith(ResourceCategoryPrefix, StringComparison.Ordinal)
            ? new ResourceLogger(_lines.GetOrAdd(categoryName[ResourceCategoryPrefix.Length..], _ => new()))
            : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

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

    private sealed class ResourceLogger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lines.Enqueue(formatter(state, exception));
            while (lines.Count > MaxLinesPerResource && lines.TryDequeue(out _))
            {
            }
        }
    }
}
