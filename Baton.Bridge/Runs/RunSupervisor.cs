using System.Collections.Concurrent;
using System.Diagnostics;
using Baton.Bridge.Attachments;
using Baton.Bridge.Background;
using Baton.Bridge.Cli;
using Baton.Bridge.Outbox;
using Baton.Bridge.Permissions;
using Baton.Bridge.Telemetry;
using Baton.Contracts.Errors;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Microsoft.Extensions.Options;

namespace Baton.Bridge.Runs;

/// <summary>
/// Runs the API's <c>claude:execute</c> calls on the conversation's CLI process from the
/// <see cref="ClaudeProcessPool"/>, switching its mode and model on the fly. Aborts and
/// permission answers reach the run they belong to; repeats are acknowledged and ignored.
/// </summary>
public sealed class RunSupervisor(
    IOptions<ClaudeCliOptions> options,
    RunPlacement placement,
    ClaudeProcessPool pool,
    RunOutbox outbox,
    AttachmentDownloader attachments,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : IHostedService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<RunSupervisor>();
    private readonly ConcurrentDictionary<Guid, ClaudeRun> _activeRuns = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly BackgroundWork _work = new(loggerFactory.CreateLogger<RunSupervisor>());

    public int ActiveRunCount => _activeRuns.Count;

    /// <summary>Accepts and starts a run, or refuses it with a code; the run's own events follow through the outbox.</summary>
    public async Task<ExecuteResult> ExecuteAsync(ExecuteRunRequest request)
    {
        if (outbox.Knows(request.RequestId))
        {
            // The API asked again (its first call timed out): the run is already under way.
            return ExecuteResult.Accept();
        }

        var place = await placement.FindAsync(request);
        if (place.Refusal is { } refusal)
        {
            return refusal;
        }

        ClaudeRun run;
        bool reused;
        using (await pool.LockAsync())
        {
            if (outbox.Knows(request.RequestId))
            {
                return ExecuteResult.Accept();
            }

            var choice = await pool.ChooseAsync(request, place.Root, place.CliPath);
            if (choice is not { Process: { } process, Refusal: null })
            {
                return choice.Refusal!;
            }

            process.StartOwnTurnsWith(own => StartCliTurn(request.ConversationId, own));
            ClaudeRun? attached = null;
            if (!process.TryAttach(() => attached = new ClaudeRun(request, process, outbox, BridgeTelemetry.StartRun(request), loggerFactory.CreateLogger<ClaudeRun>())))
            {
                // The CLI began a turn of its own since the choice: a background task's report.
                return ExecuteResult.Refuse(ErrorCodes.RunInProgress, "Claude Code is reporting a background task in this conversation.");
            }

            // Its span starts after the process, so the process's own output loop does not carry this run's trace.
            run = attached!;
            _logger.LogInformation("Run {RunId} started in trace {TraceId}", request.RequestId, Activity.Current?.TraceId);
            _activeRuns[request.RequestId] = run;
            reused = choice.Reused;
        }

        _work.Track(StartTurnAsync(run, reused), $"starting run {run.RequestId}");
        _work.Track(ReleaseWhenEndedAsync(run), $"releasing the process of run {run.RequestId}");
        return ExecuteResult.Accept();
    }

    /// <summary><c>claude:steer</c>: the person's message into the running turn; refused once the run has ended (or is ending).</summary>
    public async Task<ExecuteResult> SteerAsync(SteerRunRequest request)
    {
        if (!_activeRuns.TryGetValue(request.RequestId, out var run))
        {
            return ExecuteResult.Refuse(ErrorCodes.NotFound, "The run is not going on this bridge.");
        }

        try
        {
            return await run.SteerAsync(request.Content, _stopping.Token)
                ? ExecuteResult.Accept()
                : ExecuteResult.Refuse(ErrorCodes.NotFound, "The run is ending: it takes no more messages.");
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            return ExecuteResult.Refuse(ErrorCodes.CliFailed, "The Claude Code CLI could not take the message.");
        }
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
            _work.Track(InterruptAsync(run), $"interrupting run {requestId}");
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

    /// <summary>
    /// <c>claude:configure</c>: switches the conversation's live process to the mode and model asked for, during
    /// a run or between runs; with no live process the next run starts with them anyway.
    /// </summary>
    public async Task<ConfigureResult> ConfigureAsync(ConfigureRunRequest request)
    {
        if (request.PermissionMode is PermissionMode.BypassPermissions && !options.Value.AllowBypass)
        {
            return ConfigureResult.Refuse(ErrorCodes.BypassNotAllowed, "This bridge does not allow the bypassPermissions mode (set Claude:AllowBypass).");
        }

        using (await pool.LockAsync())
        {
            if (pool.Find(request.ConversationId) is not { } process)
            {
                return ConfigureResult.NoProcess();
            }

            var model = ClaudeProcessSettings.NormalizeModel(request.Model);
            try
            {
                if (request.PermissionMode is { } mode && process.PermissionMode != mode)
                {
                    await process.SetPermissionModeAsync(mode, _stopping.Token);
                }

                if (request.Model is not null && process.Model != model)
                {
                    await process.SetModelAsync(model, _stopping.Token);
                }
            }
            catch (ClaudeControlException exception)
            {
                return ConfigureResult.Refuse(ErrorCodes.CliFailed, $"The Claude Code CLI refused the change: {exception.Message}");
            }
            catch (Exception exception) when (exception is IOException or TimeoutException)
            {
                // The process is exiting or stuck: the next run starts a new one with the settings.
                _logger.LogDebug(exception, "Conversation {ConversationId}'s process could not take a change of settings", request.ConversationId);
                return ConfigureResult.NoProcess();
            }

            return ConfigureResult.Switched();
        }
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

        await pool.ShutdownAllAsync(cutOff, cancellationToken);
        await _work.WhenAllEndedAsync(cancellationToken);
    }

    /// <summary>
    /// Lines the conversation's CLI wrote with no turn attached and none to follow (a stopped task's end) reach the
    /// API now, as a short run of their own like a turn the CLI started; during a turn they are in it already.
    /// Call it with the pool's lock held.
    /// </summary>
    public void ReportKeptLines(Guid conversationId, ClaudeProcess process)
    {
        ClaudeRun? run = null;
        if (process.TryAttachToKeptLines(() => run = StartCliTurn(conversationId, process)))
        {
            run!.CompleteWithoutTurn();
        }
    }

    /// <summary>
    /// A turn the conversation's CLI started on its own (to report a background task that ended): a run of its
    /// own, announced to the API as such, that ends and releases the process like any other.
    /// </summary>
    private ClaudeRun StartCliTurn(Guid conversationId, ClaudeProcess process)
    {
        var run = ClaudeRun.StartedByCli(conversationId, process, outbox, loggerFactory.CreateLogger<ClaudeRun>());
        _logger.LogInformation("CLI process {Pid} of conversation {ConversationId} started a turn of its own: run {RunId}", process.Id, conversationId, run.RequestId);
        _activeRuns[run.RequestId] = run;
        _work.Track(ReleaseWhenEndedAsync(run), $"releasing the process of run {run.RequestId}");
        return run;
    }

    /// <summary>Prepares the message (attachments, mode and model of a reused process) and hands it to the CLI.</summary>
    private async Task StartTurnAsync(ClaudeRun run, bool reused)
    {
        var process = run.Process;
        var request = run.Request;
        var model = ClaudeProcessSettings.NormalizeModel(request.Model);
        try
        {
            var content = await attachments.BuildContentAsync(request, process.Settings.RootDirectory, _stopping.Token);
            if (reused && process.PermissionMode != request.PermissionMode)
            {
                await process.SetPermissionModeAsync(request.PermissionMode, _stopping.Token);
            }

            if (reused && process.Model != model)
            {
                await process.SetModelAsync(model, _stopping.Token);
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
            await run.Ended.WaitAsync(options.Value.AbortGrace, timeProvider, _stopping.Token);
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("Run {RequestId} did not stop within {Grace} of its interrupt; killing its CLI process", run.RequestId, options.Value.AbortGrace);
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

    /// <summary>Once the run has ended, its process is idle: the pool shuts it down if it stays idle.</summary>
    private async Task ReleaseWhenEndedAsync(ClaudeRun run)
    {
        await run.Ended;
        _activeRuns.TryRemove(run.RequestId, out _);
        await pool.ReleaseAsync(run.Request.ConversationId, run.Process, _stopping.Token);
    }
}
