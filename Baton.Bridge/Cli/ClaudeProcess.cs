using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Baton.Bridge.Processes;
using Baton.Bridge.Runs;
using Baton.Contracts.Errors;
using Baton.Contracts.Permissions;

namespace Baton.Bridge.Cli;

/// <summary>
/// One long-lived <c>claude</c> process for one conversation: stream-json on stdin and stdout,
/// the control protocol both ways, stderr drained on its own. Each stdout line goes to the run
/// attached at the time; control lines and the <c>result</c> line are handled here and end up
/// as permission prompts or the run's end.
/// </summary>
public sealed class ClaudeProcess
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly TimeSpan OutputDrainTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan SignalGrace = TimeSpan.FromSeconds(2);

    /// <summary>Bridge settings in the bridge's own environment (its token among them) that a CLI, and the tools it runs, must not see.</summary>
    private static readonly string[] HiddenEnvironmentPrefixes = ["Bridge__", "Claude__"];

    private readonly Process _process;
    private readonly bool _leadsProcessGroup;
    private readonly ClaudeCliOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _input = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _controlRequests = new();
    private readonly StderrTail _stderr = new();
    private readonly Lock _gate = new();
    private readonly Task _output;
    private readonly Task _errors;
    private ClaudeRun? _run;
    private double? _lastTotalCostUsd;
    private bool _inputClosed;

    private ClaudeProcess(Process process, ClaudeProcessSettings settings, bool leadsProcessGroup, ClaudeCliOptions options, TimeProvider timeProvider, ILogger logger)
    {
        _process = process;
        _leadsProcessGroup = leadsProcessGroup;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        Settings = settings;
        PermissionMode = settings.PermissionMode;
        Model = settings.Model;
        SessionId = settings.ResumeSessionId;
        IdleSince = timeProvider.GetUtcNow();
        _output = ReadOutputAsync();
        _errors = ReadErrorsAsync();
        Exited = WatchExitAsync();
    }

    /// <summary>What the process was started with.</summary>
    public ClaudeProcessSettings Settings { get; }

    /// <summary>Its permission mode now, after any <c>set_permission_mode</c>.</summary>
    public PermissionMode PermissionMode { get; private set; }

    /// <summary>Its model now, after any <c>set_model</c>; null for the CLI's default.</summary>
    public string? Model { get; private set; }

    /// <summary>The CLI's session, from its first <c>init</c> line (or the one it resumes).</summary>
    public string? SessionId { get; private set; }

    public int Id => _process.Id;

    /// <summary>Completes with the exit code once the process has exited and its output is read.</summary>
    public Task<int> Exited { get; }

    public bool HasExited => Exited.IsCompleted;

    public DateTimeOffset IdleSince { get; private set; }

    /// <summary>A run is attached and has not ended.</summary>
    public bool IsBusy
    {
        get
        {
            lock (_gate)
            {
                return _run is { HasEnded: false };
            }
        }
    }

    public string? StderrTail => _stderr.Text();

    public static async Task<ClaudeProcess> StartAsync(
        ClaudeProcessSettings settings,
        string cliPath,
        ClaudeCliOptions options,
        ChildProcessLauncher launcher,
        TimeProvider timeProvider,
        ILogger logger)
    {
        var startInfo = launcher.CreateStartInfo(cliPath, ClaudeCommandLine.Arguments(settings));
        startInfo.WorkingDirectory = settings.RootDirectory;
        startInfo.RedirectStandardInput = true;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        // No byte-order mark: the CLI would read it as a malformed first line and exit.
        startInfo.StandardInputEncoding = Utf8;
        startInfo.StandardOutputEncoding = Utf8;
        startInfo.StandardErrorEncoding = Utf8;
        foreach (var name in startInfo.Environment.Keys.Where(IsHidden).ToList())
        {
            startInfo.Environment.Remove(name);
        }

        foreach (var (name, value) in options.Environment)
        {
            startInfo.Environment[name] = value;
        }

        if (!string.IsNullOrWhiteSpace(options.ConfigDir))
        {
            startInfo.Environment["CLAUDE_CONFIG_DIR"] = options.ConfigDir;
        }

        if (options.MaxRetries is { } maxRetries)
        {
            startInfo.Environment["CLAUDE_CODE_MAX_RETRIES"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (options.AllowBypass)
        {
            // As root the CLI refuses bypassPermissions without it.
            startInfo.Environment["IS_SANDBOX"] = "1";
        }

        var process = await launcher.StartAsync(startInfo);
        logger.LogInformation("Started the Claude Code CLI (pid {Pid}) in {Directory}, mode {Mode}, model {Model}, resuming {SessionId}",
            process.Id, settings.RootDirectory, settings.PermissionMode, settings.Model ?? "(default)", settings.ResumeSessionId ?? "(new session)");
        return new ClaudeProcess(process, settings, launcher.StartsProcessGroups, options, timeProvider, logger);
    }

    /// <summary>Makes <paramref name="run"/> the one the process's output belongs to.</summary>
    public void Attach(ClaudeRun run)
    {
        lock (_gate)
        {
            if (_run is { HasEnded: false })
            {
                throw new InvalidOperationException("The process is already running a turn.");
            }

            _run = run;
        }
    }

    /// <summary>The attached run ended: the process counts as idle from now.</summary>
    public void MarkIdle() => IdleSince = _timeProvider.GetUtcNow();

    /// <summary>
    /// Writes the person's message, unless the run ended (was aborted) first. The run is marked under
    /// the input lock, so an abort either ends it before the message or interrupts after it.
    /// </summary>
    public async Task SendUserMessageAsync(ClaudeRun run, JsonNode content, CancellationToken cancellationToken)
    {
        var message = new JsonObject
        {
            ["type"] = "user",
            ["message"] = new JsonObject { ["role"] = "user", ["content"] = content },
            ["parent_tool_use_id"] = null,
            ["session_id"] = "default",
        };
        await _input.WaitAsync(cancellationToken);
        try
        {
            if (run.TryMarkMessageSent())
            {
                await WriteLineCoreAsync(message, cancellationToken);
            }
        }
        finally
        {
            _input.Release();
        }
    }

    public Task InterruptAsync(CancellationToken cancellationToken) =>
        SendControlRequestAsync(new JsonObject { ["subtype"] = "interrupt" }, cancellationToken);

    public async Task SetPermissionModeAsync(PermissionMode mode, CancellationToken cancellationToken)
    {
        await SendControlRequestAsync(new JsonObject { ["subtype"] = "set_permission_mode", ["mode"] = ClaudeCommandLine.ModeName(mode) }, cancellationToken);
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

        await SendControlRequestAsync(request, cancellationToken);
        Model = model;
    }

    /// <summary>Answers a <c>can_use_tool</c> request.</summary>
    public Task AnswerAsync(string cliRequestId, JsonObject answer, CancellationToken cancellationToken) =>
        WriteLineAsync(ControlResponse(cliRequestId, new JsonObject { ["subtype"] = "success", ["response"] = answer }), cancellationToken);

    /// <summary>
    /// Ends the process: closes its input so it can flush its transcript, then after a grace
    /// period SIGTERM, then SIGKILL (to its whole process group when it leads one).
    /// <paramref name="graceful"/> false skips the first step, for a process cut off mid-turn.
    /// </summary>
    public async Task ShutdownAsync(bool graceful = true)
    {
        if (graceful)
        {
            await CloseInputAsync();
            if (await ExitsWithinAsync(_options.ShutdownGrace))
            {
                return;
            }
        }

        Signal(ProcessSignals.Terminate);
        if (await ExitsWithinAsync(SignalGrace))
        {
            return;
        }

        Signal(ProcessSignals.Kill);
        await ExitsWithinAsync(SignalGrace);
    }

    /// <summary>Kills the process (and the tools it started) at once.</summary>
    public void Kill() => Signal(ProcessSignals.Kill);

    private static bool IsHidden(string name) =>
        HiddenEnvironmentPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    private async Task ReadOutputAsync()
    {
        try
        {
            while (await _process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.Length > 0)
                {
                    await HandleLineAsync(line);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            _logger.LogDebug(exception, "Reading the output of CLI process {Pid} stopped", Id);
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
        // A tool the CLI left running may hold its output open; the run's last lines come first all the same.
        await Task.WhenAny(Task.WhenAll(_output, _errors), Task.Delay(OutputDrainTimeout, _timeProvider));
        var exitCode = _process.ExitCode;
        _logger.LogInformation("CLI process {Pid} exited with code {ExitCode}", Id, exitCode);
        foreach (var pending in _controlRequests.Values)
        {
            pending.TrySetException(new IOException("The Claude Code CLI exited."));
        }

        CurrentRun()?.FailAfterExit(exitCode, StderrTail);
        return exitCode;
    }

    private async Task HandleLineAsync(string text)
    {
        JsonElement line;
        try
        {
            line = JsonElement.Parse(text);
        }
        catch (JsonException)
        {
            line = default;
        }

        if (line.ValueKind is not JsonValueKind.Object)
        {
            OnMalformedLine(text);
            return;
        }

        try
        {
            switch (CliJson.Type(line))
            {
                case "control_request":
                    await OnControlRequestAsync(line);
                    break;
                case "control_response":
                    OnControlResponse(line);
                    break;
                case "control_cancel_request":
                    CurrentRun()?.CancelPermissionRequest(CliJson.String(line, "request_id"));
                    break;
                case "result":
                    OnResult(line);
                    break;
                default:
                    if (CliJson.Type(line) is "system" && CliJson.Subtype(line) is "init")
                    {
                        SessionId = CliJson.String(line, "session_id") ?? SessionId;
                    }

                    CurrentRun()?.AddLine(line, text, Utf8.GetByteCount(text));
                    break;
            }
        }
        catch (IOException exception)
        {
            // Answering the CLI failed because it is exiting; its exit ends the run.
            _logger.LogDebug(exception, "CLI process {Pid} stopped reading its input", Id);
        }
    }

    private void OnMalformedLine(string text)
    {
        _logger.LogWarning("CLI process {Pid} wrote a line that is not a JSON object: {Line}", Id, text.Length > 200 ? text[..200] : text);
        CurrentRun()?.Fail(ErrorCodes.CliFailed, "The Claude Code CLI wrote output Baton cannot read, so its process was stopped.", StderrTail);
        Kill();
    }

    private async Task OnControlRequestAsync(JsonElement line)
    {
        if (CliJson.String(line, "request_id") is not { } requestId || CliJson.Property(line, "request") is not { } request)
        {
            return;
        }

        var subtype = CliJson.Subtype(request);
        if (subtype is "can_use_tool")
        {
            if (CurrentRun() is { } run && run.AddPermissionRequest(requestId, request))
            {
                return;
            }

            var noRun = new JsonObject { ["behavior"] = "deny", ["message"] = "No one is there to answer this request." };
            await AnswerAsync(requestId, noRun, CancellationToken.None);
            return;
        }

        var error = new JsonObject { ["subtype"] = "error", ["error"] = $"Baton does not handle '{subtype}' control requests." };
        await WriteLineAsync(ControlResponse(requestId, error), CancellationToken.None);
    }

    private void OnControlResponse(JsonElement line)
    {
        if (CliJson.Property(line, "response") is not { } response
            || CliJson.String(response, "request_id") is not { } requestId
            || !_controlRequests.TryRemove(requestId, out var pending))
        {
            return;
        }

        if (CliJson.Subtype(response) is "error")
        {
            pending.TrySetException(new ClaudeControlException(CliJson.String(response, "error") ?? "The CLI refused the request."));
        }
        else
        {
            pending.TrySetResult(CliJson.Property(response, "response") ?? default);
        }
    }

    private void OnResult(JsonElement line)
    {
        double? previousTotal;
        lock (_gate)
        {
            previousTotal = _lastTotalCostUsd;
            _lastTotalCostUsd = CliJson.Number(line, "total_cost_usd") ?? previousTotal;
        }

        SessionId = CliJson.String(line, "session_id") ?? SessionId;
        CurrentRun()?.FinishTurn(line, TurnCost.Of(line, previousTotal));
    }

    private ClaudeRun? CurrentRun()
    {
        lock (_gate)
        {
            return _run;
        }
    }

    private async Task<JsonElement> SendControlRequestAsync(JsonObject request, CancellationToken cancellationToken)
    {
        var requestId = $"baton-{Guid.NewGuid():N}";
        var pending = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _controlRequests[requestId] = pending;
        try
        {
            await WriteLineAsync(new JsonObject { ["type"] = "control_request", ["request_id"] = requestId, ["request"] = request }, cancellationToken);
            return await pending.Task.WaitAsync(_options.ControlRequestTimeout, _timeProvider, cancellationToken);
        }
        finally
        {
            _controlRequests.TryRemove(requestId, out _);
        }
    }

    private static JsonObject ControlResponse(string requestId, JsonObject response)
    {
        response["request_id"] = requestId;
        return new JsonObject { ["type"] = "control_response", ["response"] = response };
    }

    private async Task WriteLineAsync(JsonNode message, CancellationToken cancellationToken)
    {
        await _input.WaitAsync(cancellationToken);
        try
        {
            await WriteLineCoreAsync(message, cancellationToken);
        }
        finally
        {
            _input.Release();
        }
    }

    private async Task WriteLineCoreAsync(JsonNode message, CancellationToken cancellationToken)
    {
        if (_inputClosed || HasExited)
        {
            throw new IOException("The Claude Code CLI no longer reads its input.");
        }

        try
        {
            await _process.StandardInput.WriteAsync((message.ToJsonString() + "\n").AsMemory(), cancellationToken);
            await _process.StandardInput.FlushAsync(cancellationToken);
        }
        catch (ObjectDisposedException exception)
        {
            throw new IOException("The Claude Code CLI no longer reads its input.", exception);
        }
    }

    private async Task CloseInputAsync()
    {
        await _input.WaitAsync();
        try
        {
            if (!_inputClosed)
            {
                _inputClosed = true;
                _process.StandardInput.Close();
            }
        }
        catch (IOException)
        {
            // Already gone: nothing left to close.
        }
        finally
        {
            _input.Release();
        }
    }

    private async Task<bool> ExitsWithinAsync(TimeSpan timeout)
    {
        try
        {
            await Exited.WaitAsync(timeout, _timeProvider);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private void Signal(int signal)
    {
        if (_process.HasExited)
        {
            return;
        }

        if (_leadsProcessGroup)
        {
            ProcessSignals.SendToGroup(_process.Id, signal);
        }
        else if (signal == ProcessSignals.Kill || OperatingSystem.IsWindows())
        {
            _process.Kill(entireProcessTree: true);
        }
        else
        {
            ProcessSignals.Send(_process.Id, signal);
        }
    }
}
