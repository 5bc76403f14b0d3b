using System.Text.Json;

namespace Baton.Bridge.Cli;

/// <summary>Reading the CLI's JSON lines by property, never by text: key order and extra keys vary.</summary>
internal static class CliJson
{
    public static string? String(JsonElement element, string property) =>
        element.ValueKind is JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind is JsonValueKind.String
            ? value.GetString()
            : null;

    public static double? Number(JsonElement element, string property) =>
        element.ValueKind is JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind is JsonValueKind.Number
            ? value.GetDouble()
            : null;

    public static bool Flag(JsonElement element, string property) =>
        element.ValueKind is JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind is JsonValueKind.True;

    public static JsonElement? Property(JsonElement element, string property) =>
        element.ValueKind is JsonValueKind.Object && element.TryGetProperty(property, out var value) ? value : null;

    public static string? Type(JsonElement line) => String(line, "type");

    public static string? Subtype(JsonElement line) => String(line, "subtype");
}
