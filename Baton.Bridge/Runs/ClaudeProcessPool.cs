using System.ComponentModel;
using Baton.Bridge.Background;
using Baton.Bridge.Cli;
using Baton.Bridge.Processes;
using Baton.Bridge.Sessions;
using Baton.Contracts.Errors;
using Baton.Contracts.Runs;
using Microsoft.Extensions.Options;

namespace Baton.Bridge.Runs;

/// <summary>
/// The CLI processes, one per conversation: reused by the conversation's next message when they
/// can take it, started (resuming the session) when not, shut down when idle for the idle timeout
/// or to make room under the process limit; a process whose background tasks still run is not idle.
/// </summary>
public sealed class ClaudeProcessPool(
    IOptions<ClaudeCliOptions> options,
    ChildProcessLauncher launcher,
    SessionTranscriptTip transcriptTip,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory)
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<ClaudeProcessPool>();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<Guid, ClaudeProcess> _processesByConversation = [];
    private readonly BackgroundWork _work = new(loggerFactory.CreateLogger<ClaudeProcessPool>());

    private ClaudeCliOptions Options => options.Value;

    /// <summary>Holds the pool still while a process is chosen and a turn attached to it; dispose to let go.</summary>
    public async Task<IDisposable> LockAsync()
    {
        await _gate.WaitAsync();
        return new Release(_gate);
    }

    /// <summary>
    /// The conversation's process if it can take the run, else a new one (resuming the session),
    /// shutting down the idlest process when at the limit. Called under <see cref="LockAsync"/>.
    /// </summary>
    public async Task<ProcessChoice> ChooseAsync(ExecuteRunRequest request, string root, string cliPath)
    {
        _processesByConversation.TryGetValue(request.ConversationId, out var process);
        if (process is { IsBusy: true, HasExited: false })
        {
            return ProcessChoice.Refused(ErrorCodes.RunInProgress, "A run of this conversation is still going on this bridge.");
        }

        var resumeSessionId = request.SessionId;
        if (process is not null && (process.HasExited || NeedsNewProcess(process, root)))
        {
            _processesByConversation.Remove(request.ConversationId);
            resumeSessionId = process.SessionId ?? resumeSessionId;
            // The session's transcript must be complete before a new process resumes it.
            await process.ShutdownAsync();
            process = null;
        }

        if (process is not null)
        {
            return new ProcessChoice(process, true, null);
        }

        ClaudeProcess? evicted = null;
        if (_processesByConversation.Count >= Options.MaxProcesses)
        {
            var idlest = _processesByConversation.Where(entry => !entry.Value.IsBusy && !entry.Value.HasBackgroundTasks).OrderBy(entry => entry.Value.IdleSince).FirstOrDefault();
            if (idlest.Value is null)
            {
                return ProcessChoice.Refused(ErrorCodes.BridgeBusy, $"This bridge already runs {Options.MaxProcesses} Claude Code processes.");
            }

            _processesByConversation.Remove(idlest.Key);
            evicted = idlest.Value;
        }

        var settings = new ClaudeProcessSettings(
            root, request.PermissionMode, ClaudeProcessSettings.NormalizeModel(request.Model), request.AllowedTools, resumeSessionId, request.Effort);
        try
        {
            process = await ClaudeProcess.StartAsync(settings, cliPath, Options, launcher, timeProvider, loggerFactory.CreateLogger<ClaudeProcess>());
        }
        catch (Win32Exception exception)
        {
            return ProcessChoice.Refused(ErrorCodes.CliNotFound, $"The Claude Code CLI could not be started: {exception.Message}");
        }
        finally
        {
            if (evicted is not null)
            {
                _work.Track(evicted.ShutdownAsync(), $"shutting down CLI process {evicted.Id} to make room");
            }
        }

        _processesByConversation[request.ConversationId] = process;
        _work.Track(ForgetWhenExitedAsync(request.ConversationId, process), $"watching CLI process {process.Id}");
        return new ProcessChoice(process, false, null);
    }

    /// <summary>
    /// The process's turn has ended: it is idle now, and shut down if it stays idle for the idle timeout. Background
    /// tasks still running keep it: their ends are reported in turns of its own, so it is looked at again a timeout later.
    /// </summary>
    public async Task ReleaseAsync(Guid conversationId, ClaudeProcess process, CancellationToken stopping)
    {
        process.MarkIdle();
        var idleSince = process.IdleSince;
        while (true)
        {
            try
            {
                await Task.Delay(Options.IdleTimeout, timeProvider, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            using (await LockAsync())
            {
                if (process.IsBusy || process.IdleSince != idleSince)
                {
                    return;
                }

                if (process.HasBackgroundTasks && !process.HasExited)
                {
                    _logger.LogDebug("CLI process {Pid} is idle but its background tasks run; keeping it", process.Id);
                    continue;
                }

                if (!RemoveIfCurrent(conversationId, process))
                {
                    return;
                }
            }

            break;
        }

        _logger.LogInformation("CLI process {Pid} was idle for {IdleTimeout}; shutting it down", process.Id, Options.IdleTimeout);
        await process.ShutdownAsync();
    }

    /// <summary>The bridge stops: every process ends; those in <paramref name="cutOff"/> were mid-turn.</summary>
    public async Task ShutdownAllAsync(IReadOnlySet<ClaudeProcess> cutOff, CancellationToken cancellationToken)
    {
        List<ClaudeProcess> processes;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            processes = [.. _processesByConversation.Values];
            _processesByConversation.Clear();
        }
        finally
        {
            _gate.Release();
        }

        // Closing the input does not stop a turn, so a process cut off mid-turn is terminated at once.
        await Task.WhenAll(processes.Select(process => process.ShutdownAsync(graceful: !cutOff.Contains(process))));
        await _work.WhenAllEndedAsync(cancellationToken);
    }

    /// <summary>The conversation's live process, if any: the one a change of mode or model applies to now. Called under <see cref="LockAsync"/>.</summary>
    public ClaudeProcess? Find(Guid conversationId) =>
        _processesByConversation.TryGetValue(conversationId, out var process) && !process.HasExited ? process : null;

    // Modes switch with set_permission_mode, bypass too: where it is allowed every process is started able to.
    /// <summary>
    /// Another folder, or a session another process (a terminal) wrote to since this one's last turn: this
    /// process would answer from the history it holds and fork the session, a new one resumes all of it.
    /// </summary>
    private bool NeedsNewProcess(ClaudeProcess process, string root) =>
        process.Settings.RootDirectory != root || transcriptTip.WrittenElsewhere(root, process.SessionId, process.LastRecordUuid);

    private async Task ForgetWhenExitedAsync(Guid conversationId, ClaudeProcess process)
    {
        await process.Exited;
        using (await LockAsync())
        {
            RemoveIfCurrent(conversationId, process);
        }
    }

    private bool RemoveIfCurrent(Guid conversationId, ClaudeProcess process) =>
        _processesByConversation.TryGetValue(conversationId, out var current) && current == process && _processesByConversation.Remove(conversationId);

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}

