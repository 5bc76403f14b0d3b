using System.Text.Json;
using System.Text.Json.Nodes;
using Baton.Api.Conversations;
using Baton.Api.Data.Entities;
using Baton.Contracts.Permissions;

namespace Baton.Api.Permissions;

/// <summary>
/// Reads the CLI's permission suggestions (its <c>PermissionUpdate</c>s): <c>addRules</c> with rules
/// of <c>toolName</c> and optional <c>ruleContent</c>, <c>setMode</c>, <c>addDirectories</c>.
/// </summary>
public static class PermissionSuggestions
{
    public static IReadOnlyList<(string Rule, RuleBehavior Behavior)> RulesOf(JsonElement suggestion)
    {
        if (Text(suggestion, "type") != "addRules" || !suggestion.TryGetProperty("rules", out var rules) || rules.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var behavior = Text(suggestion, "behavior") == "deny" ? RuleBehavior.Deny : RuleBehavior.Allow;
        return [.. rules.EnumerateArray()
            .Where(rule => Text(rule, "toolName") is { Length: > 0 })
            .Select(rule => (Text(rule, "ruleContent") is { Length: > 0 } content ? $"{Text(rule, "toolName")}({content})" : Text(rule, "toolName")!, behavior))];
    }

    public static bool IsAddRules(JsonElement suggestion) => Text(suggestion, "type") == "addRules";

    public static StoredPermissionMode? ModeOf(JsonElement suggestion) =>
        Text(suggestion, "type") == "setMode" ? PermissionModes.FromCli(Text(suggestion, "mode")) : null;

    /// <summary>The suggestion as the running CLI gets it: for its session only, never written to settings files.</summary>
    public static JsonElement ForSession(JsonElement suggestion)
    {
        if (JsonNode.Parse(suggestion.GetRawText()) is not JsonObject update)
        {
            return suggestion;
        }

        update["destination"] = "session";
        return JsonSerializer.SerializeToElement(update);
    }

    /// <summary>A <c>setMode</c> update for the running session: how a plan's approval picks the mode the turn goes on in.</summary>
    public static JsonElement SetModeForSession(PermissionMode mode) => JsonSerializer.SerializeToElement(new JsonObject
    {
        ["type"] = "setMode",
        ["mode"] = PermissionModes.CliName(mode),
        ["destination"] = "session",
    });

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
