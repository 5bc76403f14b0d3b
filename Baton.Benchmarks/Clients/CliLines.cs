using System.Diagnostics;
using System.Text.Json;

namespace Baton.Benchmarks.Clients;

/// <summary>
/// Realistic stream-json lines of a streaming answer, as the bridge would relay them. Each
/// text delta carries the moment it was sent, so the browser side can measure the relay.
/// </summary>
public static class CliLines
{
    public static JsonElement MessageStart(string cliMessageId) => Parse(
        $$$"""{"type":"stream_event","event":{"type":"message_start","message":{"id":"{{{cliMessageId}}}","type":"message","role":"assistant","content":[],"model":"benchmark"}},"session_id":"benchmark"}""");

    public static JsonElement TextBlockStart() => Parse(
        """{"type":"stream_event","event":{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}},"session_id":"benchmark"}""");

    public static JsonElement TimestampedDelta() => Parse(
        $$$"""{"type":"stream_event","event":{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"{{{Stopwatch.GetTimestamp()}}}"}},"session_id":"benchmark"}""");

    public static JsonElement BlockStop() => Parse(
        """{"type":"stream_event","event":{"type":"content_block_stop","index":0},"session_id":"benchmark"}""");

    /// <summary>The time since the timestamp a delta carries, or null for any other text.</summary>
    public static TimeSpan? Age(string deltaText) =>
        long.TryParse(deltaText, out var sentAt) ? Stopwatch.GetElapsedTime(sentAt) : null;

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
