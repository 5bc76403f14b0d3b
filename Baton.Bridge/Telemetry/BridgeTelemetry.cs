using System.Diagnostics;
using Baton.Contracts.Runs;

namespace Baton.Bridge.Telemetry;

/// <summary>The bridge's traces: one span per run, under the trace the API sent with <c>claude:execute</c>.</summary>
public static class BridgeTelemetry
{
    public const string SourceName = "Baton.Bridge";

    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>Starts the run's span, a child of <see cref="ExecuteRunRequest.TraceParent"/> when it parses; null when nobody listens.</summary>
    public static Activity? StartRun(ExecuteRunRequest request)
    {
        ActivityContext.TryParse(request.TraceParent, null, out var parent);
        var activity = Source.StartActivity("claude run", ActivityKind.Internal, parent);
        activity?.SetTag("baton.request_id", request.RequestId);
        activity?.SetTag("baton.conversation_id", request.ConversationId);
        activity?.SetTag("baton.permission_mode", request.PermissionMode.ToString());
        return activity;
    }
}
