using System.Collections.Concurrent;
using System.ComponentModel;
using Baton.Bridge.Attachments;
using Baton.Bridge.Cli;
using Baton.Bridge.Outbox;
using Baton.Bridge.Permissions;
using Baton.Bridge.Processes;
using Baton.Bridge.Telemetry;
using Baton.Bridge.Workspace;
using Baton.Contracts.Errors;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Microsoft.Extensions.Options;

namespace Baton.Bridge.Runs;

/// <summary>
/// Runs the API's <c>claude:execute</c> calls: one long-lived CLI process per conversation, reused
/// by its follow-up messages (switching mode and model on the fly), shut down when idle or to
/// make room under the process limit, and resumed from its session when needed again.
/// Aborts and permission answers reach the run they belong to; repeats are acknowledged and ignored.
/// </summary>
public sealed class RunSupervisor(
    IOptions<ClaudeCliOptions> options,
    ClaudeCliLocator cliLocator,
    WorkspaceRoots workspaceRoots,
    RunOutbox outbox,
    ChildProcessLauncher launcher,
    AttachmentDownloader attachments,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : IHostedService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<RunSupervisor>();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<Guid, ClaudeProcess> _processesByConversation = [];
    private readonly ConcurrentDictionary<Guid, ClaudeRun> _activeRuns = new();
    private readonly CancellationTokenSource _stopping = new();

    private ClaudeCliOptions Options => options.Value;

    public int ActiveRunCount => _activeRuns.Count;

    /// <summary>Accepts and starts a run, or refuses it with a code; the run's own events follow through the outbox.</summary>
    public async Task<ExecuteResult> ExecuteAsync(ExecuteRunRequest request)
    {
        if (outbox.Knows(request.RequestId))
        {
            // The API asked again (its first call timed out): the run is already under way.
            return ExecuteResult.Accept();
        }

        var place = await FindPlaceAsync(request);
        if (place.Refusal is { } refusal)
        {
            return refusal;
        }

        ClaudeRun run;
        ProcessChoice choice;
        await _gate.WaitAsync();
        try
        {
            if (outbox.Knows(request.RequestId))
            {
                return ExecuteResult.Accept();
            }

            choice = await ChooseProcessAsync(request, place.Root, place.CliPath);
            if (choice is not { Process: { } process, Refusal: null })
            {
                return choice.Refusal!;
            }

            // Started after the process, so the process's own output loop does not carry this run's trace.
            var activity = BridgeTelemetry.StartRun(request);
            _logger.LogInformation("Run {RunId} started in trace {TraceId}", request.RequestId, activity?.TraceId);
            run = new ClaudeRun(request, process, outbox, activity, loggerFactory.CreateLogger<ClaudeRun>());
            process.Attach(run);
            _activeRuns[request.RequestId] = run;
        }
        finally
        {
            _gate.Release();
        }

        if (choice.Evicted is { } evicted)
        {
            _ = evicted.ShutdownAsync();
        }

        _ = StartTurnAsync(run, choice.Reused);
        _ = ReleaseWhenEndedAsync(run);
        return ExecuteResult.Accept();
    }

    /// <summary><c>claude:abort</c>: interrupts the turn, and kills the process if the turn has not ended in time.</summary>
    public AckResult Abort(Guid requestId)
    {
        if (!_activeRuns.TryGetValue(requestId, out var run))
        {
            return new AckResult(false);
        }

        var step = run.RequestAbort();
        if (step is AbortStep.Interrupt)
        {
            _ = InterruptAsync(run);
        }

        return new AckResult(step is not AbortStep.Ignored);
    }

    /// <summary><c>permission:response</c>: answers the CLI's pending request; a repeat or an unknown prompt is not applied.</summary>
    public async Task<AckResult> RespondToPermissionAsync(CliPermissionResponse response)
    {
        var run = _activeRuns.Values.FirstOrDefault(candidate => candidate.HasPrompt(response.PromptId));
        if (run?.TakePrompt(response.PromptId) is not { } prompt)
        {
            return new AckResult(false);
        }

        if (response is { Behavior: PermissionBehavior.Deny, Interrupt: true })
        {
            run.MarkStopRequested();
        }

        try
        {
            await run.Process.AnswerAsync(prompt.CliRequestId, PermissionAnswer.Build(response, prompt.Input), _stopping.Token);
        }
        catch (IOException exception)
        {
            // The process is exiting; its exit ends the run.
            _logger.LogDebug(exception, "The answer to prompt {PromptId} could not reach the CLI", response.PromptId);
        }

        return new AckResult(true);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The bridge stops: runs still going fail, and every CLI process ends with it.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        var cutOff = _activeRuns.Values.Select(run => run.Process).ToHashSet();
        foreach (var run in _activeRuns.Values)
        {
            run.Fail(ErrorCodes.BridgeDisconnected, "The bridge stopped during this run.", null);
        }

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
    }

    /// <summary>Where the run would go: the project's real folder inside a workspace root, and the CLI to run there.</summary>
    private async Task<RunPlace> FindPlaceAsync(ExecuteRunRequest request)
    {
        if (workspaceRoots.Resolve(request.RootDirectory) is not { } root)
        {
            return RunPlace.Refused(ErrorCodes.OutsideRoot, $"'{request.RootDirectory}' is not inside a workspace root of this bridge.");
        }

        if (request.PermissionMode is PermissionMode.BypassPermissions && !Options.AllowBypass)
        {
            return RunPlace.Refused(ErrorCodes.InvalidRequest, "This bridge does not allow the bypassPermissions mode (set Claude:AllowBypass).");
        }

        if (await cliLocator.GetAsync() is not { Found: true, Path: { } cliPath })
        {
            return RunPlace.Refused(ErrorCodes.CliNotFound, $"The Claude Code CLI is not installed on this bridge. Install it with: {ClaudeCliOptions.InstallHint}");
        }

        try
        {
            // A project's folder inside a workspace root may not exist yet: the CLI needs it as its working directory.
            Directory.CreateDirectory(root);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return RunPlace.Refused(ErrorCodes.InvalidRequest, $"The project's folder could not be created: {exception.Message}");
        }

        return new RunPlace(root, cliPath, null);
    }

    /// <summary>
    /// The conversation's process if it can take the run, else a new one (resuming the session),
    /// shutting down the idlest process when at the limit. Called under the gate.
    /// </summary>
    private async Task<ProcessChoice> ChooseProcessAsync(ExecuteRunRequest request, string root, string cliPath)
    {
        _processesByConversation.TryGetValue(request.ConversationId, out var process);
        if (process is { IsBusy: true, HasExited: false })
        {
            return ProcessChoice.Refused(ErrorCodes.RunInProgress, "A run of this conversation is still going on this bridge.");
        }

        var resumeSessionId = request.SessionId;
        if (process is not null && (process.HasExited || NeedsNewProcess(process, request, root)))
        {
            _processesByConversation.Remove(request.ConversationId);
            resumeSessionId = process.SessionId ?? resumeSessionId;
            // The session's transcript must be complete before a new process resumes it.
            await process.ShutdownAsync();
            process = null;
        }

        if (process is not null)
        {
            return new ProcessChoice(process, true, null, null);
        }

        ClaudeProcess? evicted = null;
        if (_processesByConversation.Count >= Options.MaxProcesses)
        {
            var idlest = _processesByConversation.Where(entry => !entry.Value.IsBusy).OrderBy(entry => entry.Value.IdleSince).FirstOrDefault();
            if (idlest.Value is null)
            {
                return ProcessChoice.Refused(ErrorCodes.BridgeBusy, $"This bridge already runs {Options.MaxProcesses} Claude Code processes.");
            }

            _processesByConversation.Remove(idlest.Key);
            evicted = idlest.Value;
        }

        var settings = new ClaudeProcessSettings(root, request.PermissionMode, NormalizeModel(request.Model), request.AllowedTools, resumeSessionId);
        try
        {
            process = await ClaudeProcess.StartAsync(settings, cliPath, Options, launcher, timeProvider, loggerFactory.CreateLogger<ClaudeProcess>());
        }
        catch (Win32Exception exception)
        {
            return ProcessChoice.Refused(ErrorCodes.CliNotFound, $"The Claude Code CLI could not be started: {exception.Message}");
        }

        _processesByConversation[request.ConversationId] = process;
        _ = ForgetWhenExitedAsync(request.ConversationId, process);
        return new ProcessChoice(process, false, evicted, null);
    }

    private static bool NeedsNewProcess(ClaudeProcess process, ExecuteRunRequest request, string root) =>
        process.Settings.RootDirectory != root
        // Bypass needs a process started for it; other modes switch with set_permission_mode.
        || (request.PermissionMode is PermissionMode.BypassPermissions && process.Settings.PermissionMode is not PermissionMode.BypassPermissions);

    private static string? NormalizeModel(string? model) => string.IsNullOrWhiteSpace(model) ? null : model.Trim();

    /// <summary>Prepares the message (attachments, mode and model of a reused process) and hands it to the CLI.</summary>
    private async Task StartTurnAsync(ClaudeRun run, bool reused)
    {
        var process = run.Process;
        var request = run.Request;
        try
        {
            var content = await attachments.BuildContentAsync(request, process.Settings.RootDirectory, _stopping.Token);
            if (reused && process.PermissionMode != request.PermissionMode)
            {
                await process.SetPermissionModeAsync(request.PermissionMode, _stopping.Token);
            }

            if (reused && process.Model != NormalizeModel(request.Model))
            {
                await process.SetModelAsync(NormalizeModel(request.Model), _stopping.Token);
            }

            await process.SendUserMessageAsync(run, content, _stopping.Token);
        }
        catch (HttpRequestException exception)
        {
            run.Fail(ErrorCodes.Internal, $"An attachment could not be downloaded from the API: {exception.Message}", null);
        }
        catch (InvalidDataException exception)
        {
            run.Fail(ErrorCodes.InvalidRequest, exception.Message, null);
        }
        catch (ClaudeControlException exception)
        {
            run.Fail(ErrorCodes.CliFailed, $"The Claude Code CLI refused the run's settings: {exception.Message}", process.StderrTail);
        }
        catch (Exception exception) when (exception is IOException or TimeoutException or OperationCanceledException)
        {
            run.Fail(ErrorCodes.CliFailed, $"The message could not be handed to the Claude Code CLI: {exception.Message}", process.StderrTail);
        }
    }

    private async Task InterruptAsync(ClaudeRun run)
    {
        var interrupt = run.Process.InterruptAsync(_stopping.Token);
        try
        {
            await run.Ended.WaitAsync(Options.AbortGrace, timeProvider, _stopping.Token);
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("Run {RequestId} did not stop within {Grace} of its interrupt; killing its CLI process", run.RequestId, Options.AbortGrace);
            run.Process.Kill();
            run.EndAborted();
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            await interrupt;
        }
        catch (Exception exception) when (exception is IOException or TimeoutException or OperationCanceledException or ClaudeControlException)
        {
            _logger.LogDebug(exception, "The interrupt of run {RequestId} got no answer", run.RequestId);
        }
    }

    /// <summary>Once the run has ended, its process is idle: shut it down if it stays idle for the idle timeout.</summary>
    private async Task ReleaseWhenEndedAsync(ClaudeRun run)
    {
        await run.Ended;
        _activeRuns.TryRemove(run.RequestId, out _);
        var process = run.Process;
        process.MarkIdle();
        var idleSince = process.IdleSince;
        try
        {
            await Task.Delay(Options.IdleTimeout, timeProvider, _stopping.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await _gate.WaitAsync();
        try
        {
            if (process.IsBusy || process.IdleSince != idleSince || !RemoveIfCurrent(run.Request.ConversationId, process))
            {
                return;
            }
        }
        finally
        {
            _gate.Release();
        }

        _logger.LogInformation("CLI process {Pid} was idle for {IdleTimeout}; shutting it down", process.Id, Options.IdleTimeout);
        await process.ShutdownAsync();
    }

    private async Task ForgetWhenExitedAsync(Guid conversationId, ClaudeProcess process)
    {
        await process.Exited;
        await _gate.WaitAsync();
        try
        {
            RemoveIfCurrent(conversationId, process);
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool RemoveIfCurrent(Guid conversationId, ClaudeProcess process) =>
        _processesByConversation.TryGetValue(conversationId, out var current) && current == process && _processesByConversation.Remove(conversationId);

    /// <summary>The project's real folder and the CLI's path, or why the run cannot go there.</summary>
    private sealed record RunPlace(string Root, string CliPath, ExecuteResult? Refusal)
    {
        public static RunPlace Refused(string code, string message) => new("", "", ExecuteResult.Refuse(code, message));
    }

    /// <summary>The process a run goes to (reused or new), the process shut down to make room for it, or a refusal.</summary>
    private sealed record ProcessChoice(ClaudeProcess? Process, bool Reused, ClaudeProcess? Evicted, ExecuteResult? Refusal)
    {
        public static ProcessChoice Refused(string code, string message) => new(null, false, null, ExecuteResult.Refuse(code, message));
    }
}
