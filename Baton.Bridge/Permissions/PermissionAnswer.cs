using System.Text.Json;
using System.Text.Json.Nodes;
using Baton.Contracts.Permissions;

namespace Baton.Bridge.Permissions;

/// <summary>
/// The CLI's answer to <c>can_use_tool</c>, made from the API's <c>permission:response</c>.
/// Chosen permissions apply to the running session only: Baton keeps its rules itself and
/// never lets the CLI write them into the project's <c>.claude/</c> settings.
/// </summary>
public static class PermissionAnswer
{
    private const string SessionDestination = "session";
    private const string DefaultDenial = "The person using Baton refused this tool use.";

    public static JsonObject Build(CliPermissionResponse response, JsonElement originalInput)
    {
        if (response.Behavior is PermissionBehavior.Deny)
        {
            var deny = new JsonObject
            {
                ["behavior"] = "deny",
                ["message"] = string.IsNullOrWhiteSpace(response.Message) ? DefaultDenial : response.Message,
            };
            if (response.Interrupt is true)
            {
                deny["interrupt"] = true;
            }

            return deny;
        }

        var allow = new JsonObject
        {
            ["behavior"] = "allow",
            ["updatedInput"] = JsonNode.Parse((response.UpdatedInput is { ValueKind: JsonValueKind.Object } edited ? edited : originalInput).GetRawText()),
        };
        if (response.UpdatedPermissions is { Count: > 0 } chosen)
        {
            allow["updatedPermissions"] = new JsonArray([.. chosen.Select(ForSessionOnly)]);
        }

        return allow;
    }

    private static JsonNode? ForSessionOnly(JsonElement permission)
    {
        var node = JsonNode.Parse(permission.GetRawText());
        if (node is JsonObject update)
        {
            update["destination"] = SessionDestination;
        }

        return node;
    }
}
