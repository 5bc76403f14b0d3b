using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Baton.Bridge.Processes;
using Baton.Contracts.Permissions;

namespace Baton.Bridge.Cli;

/// <summary>
/// One long-lived <c>claude</c> process for one conversation: stream-json on stdin and stdout,
/// stderr drained on its own. It reads its output and hands each line to its
/// <see cref="CliLineRouter"/>, which reaches the <see cref="ICliTurn"/> attached at the time;
/// it changes its mode and model on request and ends when asked or on its own.
/// Lines the CLI writes between turns (a background task's end) are kept for the next turn, and a turn
/// the CLI starts on its own gets a turn of its own from <see cref="StartOwnTurnsWith"/>.
/// </summary>
public sealed class ClaudeProcess
{
    private static readonly TimeSpan OutputDrainTimeout = TimeSpan.FromSeconds(2);

    private readonly Process _process;
    private readonly ClaudeCliOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly CliInput _input;
    private readonly ControlChannel _control;
    private readonly CliLineRouter _router;
    private readonly ProcessTermination _termination;
    private readonly StderrTail _stderr = new();
    private readonly Lock _gate = new();
    private readonly Task _output;
    private readonly Task _errors;
    private readonly List<(JsonElement Line, string Text, int Bytes)> _betweenTurns = [];
    private ICliTurn? _turn;
    private Func<ClaudeProcess, ICliTurn>? _startOwnTurn;

    private ClaudeProcess(Process process, ClaudeProcessSettings settings, bool leadsProcessGroup, ClaudeCliOptions options, TimeProvider timeProvider, ILogger logger)
    {
        _process = process;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        Settings = settings;
        PermissionMode = settings.PermissionMode;
        Model = settings.Model;
        IdleSince = timeProvider.GetUtcNow();
        _input = new CliInput(process.StandardInput, () => HasExited);
        _control = new ControlChannel(_input, options.ControlRequestTimeout, timeProvider);
        _router = new CliLineRouter(_control, AttachedTurn, DeliverLine, settings.ResumeSessionId, OnModeReported);
        _termination = new ProcessTermination(process, leadsProcessGroup, timeProvider);
        _output = ReadOutputAsync();
        _errors = ReadErrorsAsync();
        Exited = WatchExitAsync();
    }

    /// <summary>What the process was started with.</summary>
    public ClaudeProcessSettings Settings { get; }

    /// <summary>Its permission mode now, after any <c>set_permission_mode</c> or change the CLI reported.</summary>
    public PermissionMode PermissionMode { get; private set; }

    /// <summary>Its model now, after any <c>set_model</c>; null for the CLI's default.</summary>
    public string? Model { get; private set; }

    /// <summary>The CLI's session, from its first <c>init</c> line (or the one it resumes).</summary>
    public string? SessionId => _router.SessionId;

    /// <inheritdoc cref="CliLineRouter.LastRecordUuid"/>
    public string? LastRecordUuid => _router.LastRecordUuid;

    public int Id => _process.Id;

    /// <summary>Completes with the exit code once the process has exited and its output is read.</summary>
    public Task<int> Exited { get; }

    public bool HasExited => Exited.IsCompleted;

    public DateTimeOffset IdleSince { get; private set; }

    /// <summary>A turn is attached and has not ended.</summary>
    public bool IsBusy
    {
        get
        {
            lock (_gate)
            {
                return _turn is { HasEnded: false };
            }
        }
    }

    public string? StderrTail => _stderr.Text();

    /// <summary>Background tasks still run in the process: it is not idle, even between turns.</summary>
    public bool HasBackgroundTasks => _router.BackgroundTaskIds.Count > 0;

    /// <summary>The background task runs in the process, as the CLI last listed its tasks.</summary>
    public bool RunsBackgroundTask(string taskId) => _router.BackgroundTaskIds.Contains(taskId);

    public static async Task<ClaudeProcess> StartAsync(
        ClaudeProcessSettings settings,
        string cliPath,
        ClaudeCliOptions options,
        ChildProcessLauncher launcher,
        TimeProvider timeProvider,
        ILogger logger)
    {
        var process = await launcher.StartAsync(ClaudeStartInfo.Create(settings, cliPath, options, launcher));
        logger.LogInformation("Started the Claude Code CLI (pid {Pid}) in {Directory}, mode {Mode}, model {Model}, resuming {SessionId}",
            process.Id, settings.RootDirectory, settings.PermissionMode, settings.Model ?? "(default)", settings.ResumeSessionId ?? "(new session)");
        var started = new ClaudeProcess(process, settings, launcher.StartsProcessGroups, options, timeProvider, logger);
        // Its failures are caught inside: nothing waits for it.
        _ = started.AskForSlashCommandsAsync();
        return started;
    }

    /// <summary>
    /// Asks the CLI to describe its slash commands before the first message; the router keeps the answer
    /// as it reads it. Not awaited: a CLI that exits at once (an unknown session) must still be handed
    /// the message, so its own reason ends the run.
    /// </summary>
    private async Task AskForSlashCommandsAsync()
    {
        try
        {
            await _control.RequestAsync(new JsonObject { ["subtype"] = "initialize" }, CancellationToken.None);
        }
        catch (Exception exception) when (exception is ClaudeControlException or TimeoutException or IOException)
        {
            _logger.LogDebug(exception, "CLI process {Pid} did not describe its slash commands", Id);
        }
    }

    /// <summary>
    /// Makes the turn <paramref name="create"/> makes the one the process's output belongs to, unless a turn
    /// is running (one the CLI started itself, too); lines written since the last turn go to it first.
    /// </summary>
    public bool TryAttach(Func<ICliTurn> create)
    {
        lock (_gate)
        {
            if (_turn is { HasEnded: false })
            {
                return false;
            }

            AttachLocked(create());
            return true;
        }
    }

    /// <summary>
    /// Makes the turn <paramref name="create"/> makes the one the process's output belongs to when no turn runs and
    /// lines written since the last turn are kept: they go to it at once, instead of waiting for the next turn.
    /// </summary>
    public bool TryAttachToKeptLines(Func<ICliTurn> create)
    {
        lock (_gate)
        {
            if (_turn is { HasEnded: false } || _betweenTurns.Count == 0)
            {
                return false;
            }

            AttachLocked(create());
            return true;
        }
    }

    /// <summary>How a turn the CLI starts on its own (its <c>init</c> with no turn attached) is made.</summary>
    public void StartOwnTurnsWith(Func<ClaudeProcess, ICliTurn> start)
    {
        lock (_gate)
        {
            _startOwnTurn = start;
        }
    }

    /// <summary>The attached turn ended: the process counts as idle from now.</summary>
    public void MarkIdle() => IdleSince = _timeProvider.GetUtcNow();

    /// <summary>
    /// Writes the person's message, unless the turn ended (was aborted) first. The turn is marked
    /// while no other line is written, so an abort either ends it before the message or interrupts after it.
    /// </summary>
    public Task SendUserMessageAsync(ICliTurn turn, JsonNode content, CancellationToken cancellationToken)
    {
        var message = new JsonObject
        {
            ["type"] = "user",
            ["message"] = new JsonObject { ["role"] = "user", ["content"] = content },
            ["parent_tool_use_id"] = null,
            ["session_id"] = "default",
        };
        return _input.WriteLineIfAsync(message, turn.TryMarkMessageSent, cancellationToken);
    }

    /// <summary>Writes a message during the running turn; the CLI takes it at the turn's next model call, or as its next turn.</summary>
    public Task SteerAsync(string content, CancellationToken cancellationToken) =>
        _input.WriteLineAsync(new JsonObject
        {
            ["type"] = "user",
            ["message"] = new JsonObject { ["role"] = "user", ["content"] = content },
            ["parent_tool_use_id"] = null,
            ["session_id"] = "default",
        }, cancellationToken);

    public Task InterruptAsync(CancellationToken cancellationToken) =>
        _control.RequestAsync(new JsonObject { ["subtype"] = "interrupt" }, cancellationToken);

    /// <summary>The models the CLI offers (control request <c>list_models</c>), as it answers.</summary>
    public Task<JsonElement> ListModelsAsync(CancellationToken cancellationToken) =>
        _control.RequestAsync(new JsonObject { ["subtype"] = "list_models" }, cancellationToken);

    /// <summary>How full the session's context is (control request <c>get_context_usage</c>), as the CLI answers.</summary>
    public Task<JsonElement> GetContextUsageAsync(CancellationToken cancellationToken) =>
        _control.RequestAsync(new JsonObject { ["subtype"] = "get_context_usage" }, cancellationToken);

    /// <summary>
    /// Stops a background task (control request <c>stop_task</c>). The CLI writes the task's end before it answers,
    /// and starts no turn for it.
    /// </summary>
    public Task StopTaskAsync(string taskId, CancellationToken cancellationToken) =>
        _control.RequestAsync(new JsonObject { ["subtype"] = "stop_task", ["task_id"] = taskId }, cancellationToken);

    public async Task SetPermissionModeAsync(PermissionMode mode, CancellationToken cancellationToken)
    {
        await _control.RequestAsync(new JsonObject { ["subtype"] = "set_permission_mode", ["mode"] = ClaudeCommandLine.ModeName(mode) }, cancellationToken);
        PermissionMode = mode;
    }

    /// <summary>Switches the model; null goes back to the CLI's default.</summary>
    public async Task SetModelAsync(string? model, CancellationToken cancellationToken)
    {
        var request = new JsonObject { ["subtype"] = "set_model" };
        if (model is not null)
        {
            request["model"] = model;
        }

        await _control.RequestAsync(request, cancellationToken);
        Model = model;
    }

    /// <summary>Answers a <c>can_use_tool</c> request.</summary>
    public Task AnswerAsync(string cliRequestId, JsonObject answer, CancellationToken cancellationToken) =>
        _control.AnswerAsync(cliRequestId, answer, cancellationToken);

    /// <summary>
    /// Ends the process: closes its input so it can flush its transcript, then after a grace
    /// period SIGTERM, then SIGKILL (to its whole process group when it leads one).
    /// <paramref name="graceful"/> false skips the first step, for a process cut off mid-turn.
    /// </summary>
    public async Task ShutdownAsync(bool graceful = true)
    {
        if (graceful)
        {
            await _input.CloseAsync();
            if (await _termination.ExitsWithinAsync(Exited, _options.ShutdownGrace))
            {
                return;
            }
        }

        await _termination.TerminateAsync(Exited);
    }

    /// <summary>Kills the process (and the tools it started) at once.</summary>
    public void Kill() => _termination.Kill();

    private void OnModeReported(string mode)
    {
        if (ClaudeCommandLine.ParseMode(mode) is { } known)
        {
            PermissionMode = known;
        }
    }

    /// <summary>
    /// A line that is not part of the control protocol: to the running turn; between turns kept, until the
    /// next turn takes it, which is one the CLI starts itself when the line is its <c>init</c>. Under the gate,
    /// so the kept lines reach a turn before any line after them.
    /// </summary>
    private void DeliverLine(JsonElement line, string text, int bytes)
    {
        lock (_gate)
        {
            if (_turn is not { HasEnded: false } && CliJson.Type(line) is "system" && CliJson.Subtype(line) is "init" && _startOwnTurn is { } start)
            {
                _logger.LogInformation("CLI process {Pid} started a turn of its own", Id);
                AttachLocked(start(this));
            }

            if (_turn is { HasEnded: false } turn)
            {
                turn.AddLine(line, text, bytes);
            }
            else
            {
                _betweenTurns.Add((line, text, bytes));
            }
        }
    }

    private void AttachLocked(ICliTurn turn)
    {
        _turn = turn;
        foreach (var (line, text, bytes) in _betweenTurns)
        {
            turn.AddLine(line, text, bytes);
        }

        _betweenTurns.Clear();
    }

    private ICliTurn? AttachedTurn()
    {
        lock (_gate)
        {
            return _turn;
        }
    }

    private async Task ReadOutputAsync()
    {
        try
        {
            while (await _process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.Length > 0)
                {
                    await RouteAsync(line);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            _logger.LogDebug(exception, "Reading the output of CLI process {Pid} stopped", Id);
        }
    }

    private async Task RouteAsync(string line)
    {
        try
        {
            if (!await _router.RouteAsync(line))
            {
                _logger.LogWarning("CLI process {Pid} wrote a line that is not a JSON object: {Line}", Id, line.Length > 200 ? line[..200] : line);
                AttachedTurn()?.FailUnreadableOutput(StderrTail);
                Kill();
            }
        }
        catch (IOException exception)
        {
            // Answering the CLI failed because it is exiting; its exit ends the turn.
            _logger.LogDebug(exception, "CLI process {Pid} stopped reading its input", Id);
        }
    }

    private async Task ReadErrorsAsync()
    {
        try
        {
            while (await _process.StandardError.ReadLineAsync() is { } line)
            {
                _stderr.Add(line);
                _logger.LogDebug("CLI {Pid} stderr: {Line}", Id, line);
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            _logger.LogDebug(exception, "Reading the errors of CLI process {Pid} stopped", Id);
        }
    }

    private async Task<int> WatchExitAsync()
    {
        await _process.WaitForExitAsync();
        // A tool the CLI left running may hold its output open; the turn's last lines come first all the same.
        await Task.WhenAny(Task.WhenAll(_output, _errors), Task.Delay(OutputDrainTimeout, _timeProvider));
        var exitCode = _process.ExitCode;
        _logger.LogInformation("CLI process {Pid} exited with code {ExitCode}", Id, exitCode);
        _control.FailPending();
        AttachedTurn()?.FailAfterExit(exitCode, StderrTail);
        return exitCode;
    }
}
