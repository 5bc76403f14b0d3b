using System.Text;
using System.Text.Json;
using Baton.Contracts.Messages;

namespace Baton.Api.Endpoints.Chat;

/// <summary>A tool call's input and result as Markdown: an edit as a diff, anything else as its JSON or text, in safe fences.</summary>
public static class MarkdownTool
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Input(ToolUseBlock tool)
    {
        if (tool.Input is not { ValueKind: JsonValueKind.Object } input)
        {
            return Fenced(tool.PartialJson ?? "", "json");
        }

        return tool.Name == "Edit" && Text(input, "old_string") is { } old && Text(input, "new_string") is { } replacement
            ? $"`{Text(input, "file_path")}`\n\n{Fenced(Diff(old, replacement), "diff")}"
            : Fenced(JsonSerializer.Serialize(input, Indented), "json");
    }

    /// <summary>The CLI's result content: a string, or blocks whose text parts are joined.</summary>
    public static string ResultText(JsonElement content) => content.ValueKind switch
    {
        JsonValueKind.String => content.GetString()!,
        JsonValueKind.Array => string.Join('\n', content.EnumerateArray()
            .Where(part => part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
            .Select(part => part.GetProperty("text").GetString())),
        _ => content.GetRawText(),
    };

    /// <summary>A fenced block whose fence is longer than any run of backticks inside, so no content can close it early.</summary>
    public static string Fenced(string text, string language)
    {
        var longest = 0;
        var run = 0;
        foreach (var character in text)
        {
            run = character == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        return $"{fence}{language}\n{text.TrimEnd('\n')}\n{fence}";
    }

    private static string Diff(string old, string replacement)
    {
        var diff = new StringBuilder();
        foreach (var line in old.Split('\n'))
        {
            diff.Append('-').Append(line).Append('\n');
        }

        foreach (var line in replacement.Split('\n'))
        {
            diff.Append('+').Append(line).Append('\n');
        }

        return diff.ToString();
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
