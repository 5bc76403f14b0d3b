using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Baton.Bridge.Cli;

/// <summary>
/// Sends each stdout line of a CLI process where it belongs: control lines to the control
/// channel, the CLI's permission requests and the <c>result</c> line to the attached turn as
/// such, everything else to <paramref name="deliverLine"/>, which finds the line its turn. Keeps what
/// the lines say about the process itself: its session, its running cost and its background tasks, and
/// tells <paramref name="onModeReported"/> of every mode change the CLI reports (a plan's approval switches it, too).
/// </summary>
internal sealed class CliLineRouter(
    ControlChannel control,
    Func<ICliTurn?> attachedTurn,
    Action<JsonElement, string, int> deliverLine,
    string? resumedSessionId,
    Action<string> onModeReported)
{
    private const string BackgroundTasksChanged = "background_tasks_changed";

    private volatile string[] _backgroundTaskIds = [];

    /// <summary>The process's <c>total_cost_usd</c> so far; only the output loop reads and writes it.</summary>
    private double? _lastTotalCostUsd;

    /// <summary>The CLI's session, from its first <c>init</c> line (or the one it resumes).</summary>
    public string? SessionId { get; private set; } = resumedSessionId;

    /// <summary>
    /// The <c>uuid</c> of the main agent's newest <c>assistant</c> or <c>user</c> line: the same as its record in the
    /// session's transcript, so a transcript that ends elsewhere was written to by another process since.
    /// </summary>
    public string? LastRecordUuid { get; private set; }

    /// <summary>
    /// The ids of the background tasks running in the process (shell commands or agents started with
    /// <c>run_in_background</c>), as its newest <c>background_tasks_changed</c> line lists them.
    /// </summary>
    public IReadOnlyList<string> BackgroundTaskIds => _backgroundTaskIds;

    /// <summary>The process's slash commands with their descriptions, once <c>initialize</c> answered; added to each <c>init</c> line.</summary>
    public JsonArray? SlashCommands { get; private set; }

    /// <summary>Routes one line; false when it is not a JSON object, which nothing can route.</summary>
    public async Task<bool> RouteAsync(string text)
    {
        JsonElement line;
        try
        {
            line = JsonElement.Parse(text);
        }
        catch (JsonException)
        {
            return false;
        }

        if (line.ValueKind is not JsonValueKind.Object)
        {
            return false;
        }

        switch (CliJson.Type(line))
        {
            case "control_request":
                await OnControlRequestAsync(line);
                break;
            case "control_response":
                // Kept here, in the order of the output, so the init line after it already carries the descriptions.
                SlashCommands = SlashCommandDetails.FromInitializeResponse(line) ?? SlashCommands;
                control.OnResponse(line);
                break;
            case "control_cancel_request":
                attachedTurn()?.CancelPermissionRequest(CliJson.String(line, "request_id"));
                break;
            case "result":
                OnResult(line);
                break;
            default:
                if (CliJson.Type(line) is "system" && CliJson.Subtype(line) is "init")
                {
                    SessionId = CliJson.String(line, "session_id") ?? SessionId;
                    if (SlashCommands is { } details)
                    {
                        text = SlashCommandDetails.AddTo(text, details);
                        line = JsonElement.Parse(text);
                    }
                }

                if (CliJson.Type(line) is "system" && CliJson.String(line, "permissionMode") is { } mode)
                {
                    onModeReported(mode);
                }

                if (CliJson.Type(line) is "assistant" or "user" && CliJson.String(line, "parent_tool_use_id") is null
                    && CliJson.String(line, "uuid") is { } uuid)
                {
                    LastRecordUuid = uuid;
                }

                if (CliJson.Type(line) is "system" && CliJson.Subtype(line) is BackgroundTasksChanged)
                {
                    _backgroundTaskIds = TaskIds(line);
                }

                deliverLine(line, text, Encoding.UTF8.GetByteCount(text));
                break;
        }

        return true;
    }

    private async Task OnControlRequestAsync(JsonElement line)
    {
        if (CliJson.String(line, "request_id") is not { } requestId || CliJson.Property(line, "request") is not { } request)
        {
            return;
        }

        var subtype = CliJson.Subtype(request);
        if (subtype is not "can_use_tool")
        {
            await control.RefuseAsync(requestId, $"Baton does not handle '{subtype}' control requests.", CancellationToken.None);
            return;
        }

        if (attachedTurn() is { } turn && turn.AddPermissionRequest(requestId, request))
        {
            return;
        }

        var noTurn = new JsonObject { ["behavior"] = "deny", ["message"] = "No one is there to answer this request." };
        await control.AnswerAsync(requestId, noTurn, CancellationToken.None);
    }

    private static string[] TaskIds(JsonElement line) =>
        CliJson.Property(line, "tasks") is { ValueKind: JsonValueKind.Array } tasks
            ? [.. tasks.EnumerateArray().Select(task => CliJson.String(task, "task_id")).OfType<string>()]
            : [];

    private void OnResult(JsonElement line)
    {
        var previousTotal = _lastTotalCostUsd;
        _lastTotalCostUsd = CliJson.Number(line, "total_cost_usd") ?? previousTotal;
        SessionId = CliJson.String(line, "session_id") ?? SessionId;
        attachedTurn()?.FinishTurn(line, TurnCost.Of(line, previousTotal));
    }
}
