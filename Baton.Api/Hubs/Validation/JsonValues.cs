using System.Text.Json;

namespace Baton.Api.Hubs.Validation;

/// <summary>Checks of JSON values a payload carries through: one that is missing binds as <c>undefined</c>.</summary>
public static class JsonValues
{
    public static bool IsPresent(JsonElement value) => value.ValueKind != JsonValueKind.Undefined;

    public static bool IsObject(JsonElement value) => value.ValueKind == JsonValueKind.Object;
}
