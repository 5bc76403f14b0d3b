using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Baton.Contracts;

namespace Baton.Bridge.Cli;

/// <summary>
/// A CLI line over <see cref="BatonDefaults.MaxCliLineBytes"/> (a huge tool result, say) is
/// replaced by a <c>baton_truncated</c> line keeping its type, size and first 4 KB, so one line
/// can never block a run's stream.
/// </summary>
public static class CliLineLimit
{
    public const string TruncatedType = "baton_truncated";

    /// <summary>The line to stream: <paramref name="line"/> itself, or its truncated stand-in.</summary>
    public static JsonElement Apply(JsonElement line, string text, int bytes)
    {
        if (bytes <= BatonDefaults.MaxCliLineBytes)
        {
            return line;
        }

        var truncated = new JsonObject
        {
            ["type"] = TruncatedType,
            ["originalType"] = CliJson.Type(line),
            ["bytes"] = bytes,
            ["head"] = Head(text, BatonDefaults.TruncatedLineHeadBytes),
        };
        return JsonSerializer.SerializeToElement(truncated);
    }

    /// <summary>The longest beginning of <paramref name="text"/> that fits in <paramref name="maxBytes"/> UTF-8 bytes, never splitting a character.</summary>
    private static string Head(string text, int maxBytes)
    {
        var length = Math.Min(text.Length, maxBytes);
        while (length > 0 && Encoding.UTF8.GetByteCount(text.AsSpan(0, length)) > maxBytes)
        {
            length--;
        }

        if (length > 0 && length < text.Length && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length];
    }
}
