using Baton.Bridge.Background;
using Microsoft.Extensions.Logging;

namespace Baton.Tests.Bridge;

/// <summary>Work the bridge starts without awaiting it is neither lost when it fails nor cut off when the bridge stops.</summary>
public sealed class BackgroundWorkTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_failure_is_logged_with_what_the_work_was()
    {
        var log = new ErrorLog();
        var work = new BackgroundWork(log);

        work.Track(FailAsync(), "shutting down CLI process 42");
        var (message, exception) = await log.First.WaitAsync(Timeout);

        Assert.Contains("shutting down CLI process 42", message, StringComparison.Ordinal);
        Assert.IsType<IOException>(exception);
    }

    [Fact]
    public async Task Stopping_waits_for_the_work_still_running()
    {
        var work = new BackgroundWork(new ErrorLog());
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        work.Track(running.Task, "interrupting a run");

        var stopped = work.WhenAllEndedAsync(CancellationToken.None);
        var stoppedEarly = stopped.IsCompleted;
        running.SetResult();
        await stopped.WaitAsync(Timeout);

        Assert.False(stoppedEarly);
    }

    private static async Task FailAsync()
    {
        await Task.Yield();
        throw new IOException("The Claude Code CLI no longer reads its input.");
    }

    private sealed class ErrorLog : ILogger
    {
        private readonly TaskCompletionSource<(string Message, Exception? Exception)> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<(string Message, Exception? Exception)> First => _first.Task;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel is LogLevel.Error)
            {
                _first.TrySetResult((formatter(state, exception), exception));
            }
        }
    }
}
