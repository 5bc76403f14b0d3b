using System.Text.Json;
using System.Text.Json.Nodes;

namespace Baton.Bridge.Cli;

/// <summary>
/// The CLI's slash commands with their descriptions. <c>system/init</c> names the commands only;
/// the answer to the <c>initialize</c> control request describes each (docs/claude-cli-facts.md),
/// so the bridge asks once per process and adds the descriptions to every <c>init</c> line it passes
/// on, as <c>baton_slash_commands</c>.
/// </summary>
internal static class SlashCommandDetails
{
    public const string PropertyName = "baton_slash_commands";

    /// <summary>
    /// The commands of a <c>control_response</c> line that answers <c>initialize</c>, as
    /// <c>[{ name, description, argumentHint }]</c>; null for any other line.
    /// </summary>
    public static JsonArray? FromInitializeResponse(JsonElement line)
    {
        if (CliJson.Property(line, "response") is not { } response
            || CliJson.Subtype(response) is not "success"
            || CliJson.Property(response, "response") is not { } answer
            || CliJson.Property(answer, "commands") is not { ValueKind: JsonValueKind.Array } commands)
        {
            return null;
        }

        return [.. commands.EnumerateArray()
            .Where(command => CliJson.String(command, "name") is { Length: > 0 })
            .Select(command => new JsonObject
            {
                ["name"] = CliJson.String(command, "name"),
                ["description"] = CliJson.String(command, "description") ?? "",
                ["argumentHint"] = CliJson.String(command, "argumentHint") ?? "",
            })];
    }

    /// <summary>The <c>init</c> line with the descriptions added.</summary>
    public static string AddTo(string initLine, JsonArray details)
    {
        var line = JsonNode.Parse(initLine)!.AsObject();
        line[PropertyName] = details.DeepClone();
        return line.ToJsonString();
    }
}
