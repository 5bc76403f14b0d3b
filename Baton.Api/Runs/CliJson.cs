using System.Text.Json;

namespace Baton.Api.Runs;

/// <summary>Reading the CLI's JSON leniently: a value of the wrong kind reads as absent, never as a failure.</summary>
public static class CliJson
{
    public static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
