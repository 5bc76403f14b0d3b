using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Baton.Bridge.Cli;

/// <summary>
/// The CLI's control protocol, both ways: Baton's own requests (<c>interrupt</c>,
/// <c>set_permission_mode</c>, <c>set_model</c>) wait for the matching <c>control_response</c>,
/// and the CLI's requests get a <c>control_response</c> back.
/// </summary>
internal sealed class ControlChannel(CliInput input, TimeSpan timeout, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _pending = new();

    /// <summary>Sends a request and waits for its answer; a refusal throws <see cref="ClaudeControlException"/>.</summary>
    public async Task<JsonElement> RequestAsync(JsonObject request, CancellationToken cancellationToken)
    {
        var requestId = $"baton-{Guid.NewGuid():N}";
        var pending = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[requestId] = pending;
        try
        {
            await input.WriteLineAsync(new JsonObject { ["type"] = "control_request", ["request_id"] = requestId, ["request"] = request }, cancellationToken);
            return await pending.Task.WaitAsync(timeout, timeProvider, cancellationToken);
        }
        finally
        {
            _pending.TryRemove(requestId, out _);
        }
    }

    /// <summary>Answers the CLI's request <paramref name="requestId"/> with success.</summary>
    public Task AnswerAsync(string requestId, JsonObject answer, CancellationToken cancellationToken) =>
        input.WriteLineAsync(Response(requestId, new JsonObject { ["subtype"] = "success", ["response"] = answer }), cancellationToken);

    /// <summary>Answers the CLI's request <paramref name="requestId"/> with an error.</summary>
    public Task RefuseAsync(string requestId, string error, CancellationToken cancellationToken) =>
        input.WriteLineAsync(Response(requestId, new JsonObject { ["subtype"] = "error", ["error"] = error }), cancellationToken);

    /// <summary>A <c>control_response</c> line: completes the request it answers.</summary>
    public void OnResponse(JsonElement line)
    {
        if (CliJson.Property(line, "response") is not { } response
            || CliJson.String(response, "request_id") is not { } requestId
            || !_pending.TryRemove(requestId, out var pending))
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

    /// <summary>The process exited: no answer will come.</summary>
    public void FailPending()
    {
        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(new IOException("The Claude Code CLI exited."));
        }
    }

    private static JsonObject Response(string requestId, JsonObject response)
    {
        response["request_id"] = requestId;
        return new JsonObject { ["type"] = "control_response", ["response"] = response };
    }
}
