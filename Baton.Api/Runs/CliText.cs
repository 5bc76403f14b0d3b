using System.Runtime.InteropServices;
using System.Text.Json;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;

namespace Baton.Api.Runs;

/// <summary>
/// Text from the CLI cannot be refused (a tool that read a binary file reports NUL characters), but
/// PostgreSQL's jsonb and text refuse U+0000. So every NUL from a bridge becomes U+FFFD as it arrives,
/// before anything is broadcast or stored; the rest of the text is kept as it is.
/// </summary>
public static class CliText
{
    private const char Replacement = '\uFFFD';
    private static ReadOnlySpan<byte> EscapedNul => "\\u0000"u8;
    private static ReadOnlySpan<byte> EscapedReplacement => "\\uFFFD"u8;

    /// <summary>
    /// A bridge call's items, each as <see cref="WithoutNul(RunItem)"/> makes it, in a plain array filled by index: a query
    /// and a collection expression made an iterator and a read-only wrapper besides, for every line the CLI writes.
    /// </summary>
    public static RunItem[] WithoutNul(IReadOnlyList<RunItem> items)
    {
        var cleaned = new RunItem[items.Count];
        for (var index = 0; index < cleaned.Length; index++)
        {
            cleaned[index] = WithoutNul(items[index]);
        }

        return cleaned;
    }

    /// <summary>A run item from the bridge with NUL replaced wherever the CLI's text goes.</summary>
    public static RunItem WithoutNul(RunItem item) => item switch
    {
        RunLine line => line with { Line = WithoutNul(line.Line) },
        PermissionRequested request => request with
        {
            ToolName = WithoutNul(request.ToolName),
            ToolUseId = WithoutNul(request.ToolUseId),
            Input = WithoutNul(request.Input),
            Suggestions = [.. request.Suggestions.Select(WithoutNul)],
        },
        RunCompleted completion => completion with
        {
            SessionId = WithoutNul(completion.SessionId),
            Subtype = WithoutNul(completion.Subtype),
            ResultText = completion.ResultText is { } text ? WithoutNul(text) : null,
            Usage = WithoutNul(completion.Usage),
        },
        RunFailed failure => failure with
        {
            Message = WithoutNul(failure.Message),
            StderrTail = failure.StderrTail is { } tail ? WithoutNul(tail) : null,
        },
        _ => item,
    };

    public static string WithoutNul(string text) => text.Replace('\0', Replacement);

    /// <summary>The element itself when it has no NUL, which is nearly always and costs one scan of its raw bytes.</summary>
    public static JsonElement WithoutNul(JsonElement element)
    {
        if (!HasNul(element))
        {
            return element;
        }

        // Valid JSON holds a NUL only as the escape \u0000, and every backslash starts an escape,
        // so pairs are copied whole and an escaped backslash before "u0000" is never mistaken for one.
        var raw = JsonMarshal.GetRawUtf8Value(element);
        var rewritten = new byte[raw.Length];
        var length = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != (byte)'\\')
            {
                rewritten[length++] = raw[i];
                continue;
            }

            var escape = raw[i..].StartsWith(EscapedNul) ? EscapedReplacement : raw.Slice(i, 2);
            escape.CopyTo(rewritten.AsSpan(length));
            length += escape.Length;
            i += escape.Length - 1;
        }

        using var document = JsonDocument.Parse(rewritten.AsMemory(0, length));
        return document.RootElement.Clone();
    }

    private static bool HasNul(JsonElement element) =>
        element.ValueKind is not JsonValueKind.Undefined && JsonMarshal.GetRawUtf8Value(element).IndexOf(EscapedNul) >= 0;
}
