using System.Text.Json;
using System.Text.Json.Serialization;

namespace Baton.Tests.Infrastructure;

/// <summary>The API's JSON conventions: camelCase, enums as camelCase names.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
