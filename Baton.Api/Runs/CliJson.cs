using System.Text.Json;

namespace Baton.Api.Runs;

/// <summary>Reading the CLI's JSON leniently: a value of the wrong kind reads as absent, never as a failure.</summary>
public static class CliJson
{
    public static string? Text(JsonElement element, string property) =>
        TryGetText(element, property, out var value) ? value.GetString() : null;

    /// <summary>Whether the property is one of the strings <paramref name="expected"/>; compared in place, without making a string of it.</summary>
    public static bool TextIs(JsonElement element, string property, params ReadOnlySpan<string> expected)
    {
        if (!TryGetText(element, property, out var value))
        {
            return false;
        }

        foreach (var text in expected)
        {
            if (value.ValueEquals(text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryGetText(JsonElement element, string property, out JsonElement value)
    {
        value = default;
        return element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty(property, out value)
            && value.ValueKind == JsonValueKind.String;
    }
}
