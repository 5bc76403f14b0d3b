using System.Text.Json;
using Baton.Contracts.Streaming;

namespace Baton.Contracts.Chat;

/// <summary>
/// Writes the three kinds of delta, most of what a run streams, as the serializer writes a <see cref="StreamEvent"/>:
/// <c>kind</c> first, the record's properties, then <c>parentToolUseId</c> when there is one. Through the serializer, the
/// polymorphic step from <see cref="StreamEvent"/> to its kind gave every delta a stack of frames.
/// </summary>
internal static class DeltaEventWriter
{
    /// <summary>False for any other kind: the serializer writes it.</summary>
    public static bool TryWrite(Utf8JsonWriter writer, StreamEvent streamEvent)
    {
        switch (streamEvent)
        {
            case TextDeltaEvent delta:
                Write(writer, StreamEventKinds.TextDelta, delta.CliMessageId, delta.Index, "text"u8, delta.Text, delta.ParentToolUseId);
                return true;
            case ThinkingDeltaEvent delta:
                Write(writer, StreamEventKinds.ThinkingDelta, delta.CliMessageId, delta.Index, "text"u8, delta.Text, delta.ParentToolUseId);
                return true;
            case ToolInputDeltaEvent delta:
                Write(writer, StreamEventKinds.ToolInputDelta, delta.CliMessageId, delta.Index, "partialJson"u8, delta.PartialJson, delta.ParentToolUseId);
                return true;
            default:
                return false;
        }
    }

    private static void Write(
        Utf8JsonWriter writer, string kind, string cliMessageId, int index, ReadOnlySpan<byte> textName, string text, string? parentToolUseId)
    {
        writer.WriteStartObject();
        writer.WriteString("kind"u8, kind);
        writer.WriteString("cliMessageId"u8, cliMessageId);
        writer.WriteNumber("index"u8, index);
        writer.WriteString(textName, text);
        if (parentToolUseId is not null)
        {
            writer.WriteString("parentToolUseId"u8, parentToolUseId);
        }

        writer.WriteEndObject();
    }
}
