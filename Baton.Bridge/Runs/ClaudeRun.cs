using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Baton.Bridge.Cli;
using Baton.Bridge.Outbox;
using Baton.Bridge.Permissions;
using Baton.Contracts.Errors;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;

namespace Baton.Bridge.Runs;

/// <summary>
/// One run: one message of a conversation and the CLI turn that answers it. Everything it says
/// goes into the outbox with the run's next bridgeSeq, and it ends exactly once, as
/// <c>claude:complete</c>, <c>claude:error</c> or <c>claude:aborted</c>. It is the
/// <see cref="ICliTurn"/> its process's output goes to while it lasts.
/// </summary>
public sealed class ClaudeRun : ICliTurn
{
    private static readonly JsonElement EmptyObject = JsonSerializer.SerializeToElement(new { });

    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, PendingPrompt> _prompts = [];
    private readonly Queue<string> _steers = new();
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly RunOutbox _outbox;
    private readonly Activity? _activity;
    private readonly ILogger _logger;
    private readonly long _startedAt = Stopwatch.GetTimestamp();
    private bool _messageSent;
    private bool _abortRequested;
    private bool _stopRequested;
    private bool _sawInterruption;
    private bool _hasEnded;
    private string? _apiError;
    private double _earlierTurnsCostUsd;
    private bool _ownMessageEchoed;

    public ClaudeRun(ExecuteRunRequest request, ClaudeProcess process, RunOutbox outbox, Activity? activity, ILogger logger)
    {
        Request = request;
        Process = process;
        _outbox = outbox;
        _activity = activity;
        _logger = logger;
        outbox.Open(request.RequestId);
    }

    /// <summary>
    /// A run for a turn the CLI started on its own, with no message: numbered from a <c>claude:cli-turn</c>, so
    /// the API stores it as a run of the conversation before its lines arrive.
    /// </summary>
    public static ClaudeRun StartedByCli(Guid conversationId, ClaudeProcess process, RunOutbox outbox, ILogger logger)
    {
        var settings = process.Settings;
        var request = new ExecuteRunRequest(
            Guid.CreateVersion7(), conversationId, settings.RootDirectory, "", [], process.SessionId, process.PermissionMode,
            process.Model, settings.AllowedTools, null, settings.Effort);
        var run = new ClaudeRun(request, process, outbox, null, logger) { _messageSent = true };
        outbox.Append(run.RequestId, seq => RunEvent.StartedByCli(new CliTurnStarted(run.RequestId, seq, conversationId)));
        return run;
    }

    public ExecuteRunRequest Request { get; }

    public Guid RequestId => Request.RequestId;

    public ClaudeProcess Process { get; }

    /// <summary>Completes when the run's terminal event is in the outbox.</summary>
    public Task Ended => _ended.Task;

    public bool HasEnded
    {
        get
        {
            lock (_gate)
            {
                return _hasEnded;
            }
        }
    }

    /// <summary>Marks the message as handed to the CLI; false when the run ended first.</summary>
    public bool TryMarkMessageSent()
    {
        lock (_gate)
        {
            _messageSent = !_hasEnded;
            return _messageSent;
        }
    }

    /// <summary>A stdout line of this run's turn: streamed (shortened when huge), and read for what ends the turn.</summary>
    public void AddLine(JsonElement line, string text, int bytes)
    {
        lock (_gate)
        {
            if (_hasEnded)
            {
                return;
            }

            switch (CliJson.Type(line))
            {
                case "user" when CliJson.Flag(line, "isReplay") && TakeSteer(line):
                    // Marked, so the API puts the message in the answer where the CLI took it.
                    var marked = JsonNode.Parse(text)!.AsObject();
                    marked[SteeredLine.Marker] = true;
                    text = marked.ToJsonString();
                    line = JsonElement.Parse(text);
                    bytes = Encoding.UTF8.GetByteCount(text);
                    break;
                case "user" when CliJson.Flag(line, "isReplay") && !_ownMessageEchoed && EchoesOwnMessage(line):
                    // The run's own message is in history already.
                    _ownMessageEchoed = true;
                    return;
                case "assistant" when CliJson.String(line, "error") is { } error:
                    _apiError = error;
                    break;
                case "user" when TurnVerdict.IsInterruptionMarker(line):
                    _sawInterruption = true;
                    break;
            }

            _outbox.AppendLine(RequestId, CliLineLimit.Apply(line, text, bytes), bytes);
        }
    }

    /// <summary>
    /// Writes a message into the running turn. Until the CLI echoes it the run does not end on a <c>result</c>:
    /// a message that missed the turn's last model call becomes a turn of its own, which this run then covers.
    /// </summary>
    public async Task<bool> SteerAsync(string content, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_hasEnded || _abortRequested || !_messageSent)
            {
                return false;
            }

            _steers.Enqueue(content);
        }

        await Process.SteerAsync(content, cancellationToken);
        return true;
    }

    private bool EchoesOwnMessage(JsonElement line)
    {
        var content = CliJson.Property(line, "message") is { } message ? CliJson.Property(message, "content") : null;
        return content switch
        {
            { ValueKind: JsonValueKind.String } text => text.GetString() == Request.Prompt,
            { ValueKind: JsonValueKind.Array } blocks => blocks.EnumerateArray().Any(block => CliJson.String(block, "text") == Request.Prompt),
            _ => false,
        };
    }

    private bool TakeSteer(JsonElement line)
    {
        var content = CliJson.Property(line, "message") is { } message ? CliJson.String(message, "content") : null;
        if (_steers.TryPeek(out var next) && next == content)
        {
            _steers.Dequeue();
            return true;
        }

        return false;
    }

    /// <summary>The CLI asks to use a tool: becomes <c>permission:request</c> with a new prompt id. False when the run has ended.</summary>
    public bool AddPermissionRequest(string cliRequestId, JsonElement request)
    {
        lock (_gate)
        {
            if (_hasEnded)
            {
                return false;
            }

            var prompt = PermissionRequest.Pending(cliRequestId, request);
            _prompts[prompt.PromptId] = prompt;
            _outbox.Append(RequestId, seq => RunEvent.PermissionRequested(PermissionRequest.Announcement(RequestId, seq, prompt, request)));
            _activity?.AddEvent(new ActivityEvent("permission requested"));
            return true;
        }
    }

    /// <summary>The CLI withdrew a request (its turn was interrupted): becomes <c>permission:cancelled</c>.</summary>
    public void CancelPermissionRequest(string? cliRequestId)
    {
        lock (_gate)
        {
            if (_hasEnded || _prompts.Values.FirstOrDefault(prompt => prompt.CliRequestId == cliRequestId) is not { } prompt)
            {
                return;
            }

            _prompts.Remove(prompt.PromptId);
            _outbox.Append(RequestId, seq => RunEvent.PermissionCancelled(new PermissionCancelled(RequestId, seq, prompt.PromptId)));
        }
    }

    public bool HasPrompt(Guid promptId)
    {
        lock (_gate)
        {
            return _prompts.ContainsKey(promptId);
        }
    }

    /// <summary>Takes a pending prompt to answer it; null when it was answered, withdrawn or never existed.</summary>
    public PendingPrompt? TakePrompt(Guid promptId)
    {
        lock (_gate)
        {
            return !_hasEnded && _prompts.Remove(promptId, out var prompt) ? prompt : null;
        }
    }

    /// <summary>A deny that also stops the turn: the run then ends as aborted.</summary>
    public void MarkStopRequested()
    {
        lock (_gate)
        {
            _stopRequested = true;
        }
    }

    public AbortStep RequestAbort()
    {
        lock (_gate)
        {
            if (_hasEnded || _abortRequested)
            {
                return AbortStep.Ignored;
            }

            _abortRequested = _stopRequested = true;
            if (_messageSent)
            {
                return AbortStep.Interrupt;
            }

            EndAborted();
            return AbortStep.Ended;
        }
    }

    /// <summary>The turn's <c>result</c> line: it ends the run one of three ways.</summary>
    public void FinishTurn(JsonElement result, double costUsd)
    {
        lock (_gate)
        {
            if (_hasEnded)
            {
                return;
            }

            var verdict = TurnVerdict.Read(result, _stopRequested, _sawInterruption, _apiError);
            if (verdict.Outcome is TurnOutcome.Completed && _steers.Count > 0)
            {
                // A steered message still waits in the CLI: it answers it next, as part of this run.
                _earlierTurnsCostUsd += costUsd;
                return;
            }

            switch (verdict.Outcome)
            {
                case TurnOutcome.Aborted:
                    EndAborted();
                    break;
                case TurnOutcome.Failed:
                    Fail(verdict.ErrorCode!, verdict.Message!, Process.StderrTail);
                    break;
                default:
                    Complete(result, _earlierTurnsCostUsd + costUsd);
                    break;
            }
        }
    }

    /// <summary>
    /// Completes a run the CLI started no turn for (one that reports a stopped task's lines): it has no
    /// <c>result</c> line, and cost nothing.
    /// </summary>
    public void CompleteWithoutTurn()
    {
        lock (_gate)
        {
            if (!_hasEnded)
            {
                Complete(EmptyObject, 0);
            }
        }
    }

    /// <summary>The process exited while this run was on: aborted if that was asked for, a failure otherwise.</summary>
    public void FailAfterExit(int exitCode, string? stderrTail)
    {
        lock (_gate)
        {
            if (_hasEnded)
            {
                return;
            }

            if (_abortRequested)
            {
                EndAborted();
            }
            else if (exitCode is 126 or 127)
            {
                // The launcher's exit codes for a command it could not execute.
                Fail(ErrorCodes.CliNotFound, "The Claude Code CLI could not be started.", stderrTail);
            }
            else
            {
                Fail(ErrorCodes.CliFailed, $"The Claude Code CLI exited unexpectedly (exit code {exitCode}).", stderrTail);
            }
        }
    }

    public void Fail(string code, string message, string? stderrTail)
    {
        lock (_gate)
        {
            if (!_hasEnded)
            {
                _logger.LogWarning("Run {RequestId} failed with {Code}: {Message}", RequestId, code, message);
                End(ActivityStatusCode.Error, code, seq => RunEvent.Failed(new RunFailed(RequestId, seq, code, message, stderrTail)));
            }
        }
    }

    public void FailUnreadableOutput(string? stderrTail) =>
        Fail(ErrorCodes.CliFailed, "The Claude Code CLI wrote output Baton cannot read, so its process was stopped.", stderrTail);

    public void EndAborted()
    {
        lock (_gate)
        {
            if (!_hasEnded)
            {
                End(ActivityStatusCode.Unset, "aborted", seq => RunEvent.Aborted(new RunAborted(RequestId, seq)));
            }
        }
    }

    private void Complete(JsonElement result, double costUsd)
    {
        var elapsed = (long)Stopwatch.GetElapsedTime(_startedAt).TotalMilliseconds;
        End(ActivityStatusCode.Ok, "completed", seq => RunEvent.Completed(new RunCompleted(
            RequestId,
            seq,
            CliJson.String(result, "session_id") ?? Process.SessionId ?? "",
            CliJson.Subtype(result) ?? "success",
            CliJson.Flag(result, "is_error"),
            CliJson.String(result, "result"),
            CliJson.Property(result, "usage") is { ValueKind: JsonValueKind.Object } usage ? usage : EmptyObject,
            costUsd,
            (long?)CliJson.Number(result, "duration_ms") ?? elapsed)));
    }

    private void End(ActivityStatusCode status, string outcome, Func<long, RunEvent> terminalEvent)
    {
        _hasEnded = true;
        _prompts.Clear();
        _outbox.Append(RequestId, terminalEvent, terminal: true);
        _logger.LogInformation("Run {RequestId} ended: {Outcome}", RequestId, outcome);
        if (_activity is { } activity)
        {
            activity.SetTag("baton.run.outcome", outcome);
            activity.SetStatus(status);
            activity.Dispose();
        }

        _ended.TrySetResult();
    }
}
