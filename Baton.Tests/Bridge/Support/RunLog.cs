using System.Text.Json;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;

namespace Baton.Tests.Bridge.Support;

/// <summary>What the test's hub received about one run: every arrival, and the events once each by bridgeSeq.</summary>
public sealed class RunLog(Guid requestId, IReadOnlyList<BridgeEvent> arrivals)
{
    public Guid RequestId { get; } = requestId;

    /// <summary>Everything, in arrival order, re-sent events included.</summary>
    public IReadOnlyList<BridgeEvent> Arrivals { get; } = arrivals;

    /// <summary>Each bridgeSeq once (the first arrival), in bridgeSeq order: what the API stores.</summary>
    public IReadOnlyList<BridgeEvent> Events { get; } = [.. arrivals.DistinctBy(arrival => arrival.Seq).OrderBy(arrival => arrival.Seq)];

    public IEnumerable<JsonElement> Lines => Events.Select(item => item.Payload).OfType<RunLine>().Select(line => line.Line);

    public IEnumerable<PermissionRequested> PermissionRequests => Events.Select(item => item.Payload).OfType<PermissionRequested>();

    public IReadOnlyList<BridgeEvent> Terminals => [.. Events.Where(item => item.Method is WireEvents.ClaudeComplete or WireEvents.ClaudeError or WireEvents.ClaudeAborted)];

    public BridgeEvent? Terminal => Terminals.FirstOrDefault();

    /// <summary>The highest bridgeSeq up to which nothing is missing, what the API would acknowledge.</summary>
    public long ContiguousSeq
    {
        get
        {
            var seq = 0L;
            foreach (var item in Events)
            {
                if (item.Seq != seq + 1)
                {
                    break;
                }

                seq = item.Seq;
            }

            return seq;
        }
    }

    /// <summary>The lines of a type (and subtype), e.g. <c>system</c>/<c>init</c>.</summary>
    public IEnumerable<JsonElement> LinesOf(string type, string? subtype = null) =>
        Lines.Where(line => Text(line, "type") == type && (subtype is null || Text(line, "subtype") == subtype));

    public string Describe() =>
        $"run {RequestId}: {Arrivals.Count} arrivals, seqs {string.Join(',', Events.Select(item => item.Seq))}{Environment.NewLine}"
        + string.Join(Environment.NewLine, Events.Select(item => $"{item.Seq} {item.Method} {Excerpt(item.Payload)}"));

    public static string? Text(JsonElement element, string property) =>
        element.ValueKind is JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind is JsonValueKind.String
            ? value.GetString()
            : null;

    private static string Excerpt(object payload)
    {
        var text = payload is RunLine line ? line.Line.GetRawText() : JsonSerializer.Serialize(payload, payload.GetType());
        return text.Length > 300 ? text[..300] + "…" : text;
    }
}
