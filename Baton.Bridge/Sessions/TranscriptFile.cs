using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Baton.Bridge.Sessions;

/// <summary>
/// Reading one transcript as the CLI writes it: a JSON record per line, appended to while a session
/// runs (docs/claude-cli-facts.md). Only whole lines are read, so a record being written is left for later.
/// </summary>
internal static class TranscriptFile
{
    /// <summary>How far into a transcript its working directory is looked for: the first records carry it.</summary>
    private const int HeadBytes = 64 * 1024;

    /// <summary>How much of a transcript's end is read to find its last prompt and message.</summary>
    private const int TailBytes = 256 * 1024;

    private const int LastWordsLength = 200;

    private static readonly HashSet<string> ConversationTypes = ["user", "assistant"];

    public static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    /// <summary>The working directory the first record that has one names, or null.</summary>
    public static string? WorkingDirectory(string path)
    {
        using var stream = Open(path);
        var buffer = new byte[HeadBytes];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return WholeLines(buffer.AsSpan(0, length), out _)
            .Select(Parse)
            .Select(record => record?["cwd"]?.GetValueKind() == JsonValueKind.String ? record["cwd"]!.GetValue<string>() : null)
            .FirstOrDefault(cwd => cwd is not null);
    }

    /// <summary>When its first timestamped record was written.</summary>
    public static DateTimeOffset? StartedAt(string path)
    {
        using var stream = Open(path);
        var buffer = new byte[HeadBytes];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return WholeLines(buffer.AsSpan(0, length), out _)
            .Select(line => Parse(line)?["timestamp"])
            .Where(timestamp => timestamp?.GetValueKind() == JsonValueKind.String)
            .Select(timestamp => DateTimeOffset.TryParse(timestamp!.GetValue<string>(), out var at) ? at : (DateTimeOffset?)null)
            .FirstOrDefault(at => at is not null);
    }

    /// <summary>
    /// The last prompt the person gave the session, as the CLI records it for its own session list (a
    /// <c>last-prompt</c> record), and the text of the last user or assistant message of the main
    /// conversation; each cut short, and null when the transcript's end holds none.
    /// </summary>
    public static (string? Prompt, string? Message) LastWords(string path)
    {
        var records = TailRecords(path);
        var prompt = records
            .Where(record => record["type"]?.GetValueKind() == JsonValueKind.String && record["type"]!.GetValue<string>() == "last-prompt")
            .Select(record => record["lastPrompt"]?.GetValueKind() == JsonValueKind.String ? record["lastPrompt"]!.GetValue<string>().Trim() : null)
            .FirstOrDefault(text => text is { Length: > 0 });
        var message = records
            .Where(IsConversation)
            .Select(MessageText)
            .FirstOrDefault(text => text is { Length: > 0 });
        return (CutShort(prompt), CutShort(message));
    }

    private static string? CutShort(string? text) => text is { Length: > LastWordsLength } ? text[..LastWordsLength] + "…" : text;

    /// <summary>The records at the transcript's end, newest first.</summary>
    private static IEnumerable<JsonObject> TailRecords(string path)
    {
        using var stream = Open(path);
        var start = Math.Max(0, stream.Length - TailBytes);
        stream.Position = start;
        var buffer = new byte[stream.Length - start];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        // Cut at the start, the first line may be a record's end: it does not parse and is passed over.
        return [.. Enumerable.Reverse(WholeLines(buffer.AsSpan(0, length), out _)).Select(Parse).OfType<JsonObject>()];
    }

    /// <summary>The <c>uuid</c> of the newest user or assistant record of the main conversation.</summary>
    public static string? LastConversationUuid(string path) =>
        TailRecords(path).FirstOrDefault(record => IsConversation(record) && record["uuid"]?.GetValueKind() == JsonValueKind.String)?["uuid"]!.GetValue<string>();

    public static bool IsConversation(JsonObject record) =>
        record["type"]?.GetValueKind() == JsonValueKind.String
        && ConversationTypes.Contains(record["type"]!.GetValue<string>())
        && record["isSidechain"]?.GetValueKind() != JsonValueKind.True;

    /// <summary>The lines of <paramref name="bytes"/> that end in a line feed, and how many bytes they take.</summary>
    public static List<string> WholeLines(ReadOnlySpan<byte> bytes, out int consumed)
    {
        var lines = new List<string>();
        consumed = 0;
        while (bytes[consumed..].IndexOf((byte)'\n') is var end and >= 0)
        {
            lines.Add(Encoding.UTF8.GetString(bytes.Slice(consumed, end)));
            consumed += end + 1;
        }

        return lines;
    }

    public static JsonObject? Parse(string line)
    {
        try
        {
            return JsonNode.Parse(line) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? MessageText(JsonObject record) => record["message"]?["content"] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>().Trim(),
        JsonArray blocks => string.Join(" ", blocks
            .OfType<JsonObject>()
            .Where(block => block["type"]?.GetValue<string>() == "text" && block["text"]?.GetValueKind() == JsonValueKind.String)
            .Select(block => block["text"]!.GetValue<string>().Trim())),
        _ => null,
    };
}
