using System.Text.Json;
using Baton.Api.Hubs;
using Baton.Contracts.Messages;

namespace Baton.Api.Conversations;

/// <summary>A message's stored content (a jsonb array of <see cref="MessageBlock"/>s) read and written with the wire's JSON conventions.</summary>
public static class MessageContent
{
    public static IReadOnlyList<MessageBlock> Read(JsonElement content) =>
        content.ValueKind == JsonValueKind.Array ? content.Deserialize<List<MessageBlock>>(WireJson.Options) ?? [] : [];

    public static JsonElement ToJson(IReadOnlyList<MessageBlock> blocks) => JsonSerializer.SerializeToElement(blocks, WireJson.Options);

    public static string ToText(IReadOnlyList<MessageBlock> blocks) => JsonSerializer.Serialize(blocks, WireJson.Options);
}
