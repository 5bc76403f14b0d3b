using System.Reflection;
using System.Text.Json;
using Baton.Contracts.Chat;
using Baton.Contracts.Runs;
using Baton.Contracts.Streaming;

namespace Baton.Tests.Contracts;

/// <summary>
/// The payloads written by hand (<see cref="RunLineBatchConverter"/>, <see cref="ChatStreamResponseConverter"/>,
/// <see cref="ChatStreamBatchConverter"/>) write every property their records have: a property added to a record
/// and not to its converter would otherwise never reach the other side.
/// </summary>
public sealed class HandWrittenPayloadTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Every_property_of_a_streamed_line_batch_is_written()
    {
        var line = JsonDocument.Parse("{}").RootElement;
        using var written = Written(new RunLineBatch(Guid.NewGuid(), [new RunLine(1, line)]));

        Assert.Equal(PropertiesOf<RunLineBatch>(), Names(written.RootElement));
        Assert.Equal(PropertiesOf<RunLine>(), Names(written.RootElement.GetProperty("items")[0]));
    }

    [Fact]
    public void Every_property_of_a_stream_response_and_batch_is_written()
    {
        var response = new ChatStreamResponse(Guid.NewGuid(), 1, Guid.NewGuid(), Guid.NewGuid(), new TextDeltaEvent("msg_01", 0, "Hi"));
        using var written = Written(new ChatStreamBatch(response.ConversationId, [response]));

        Assert.Equal(PropertiesOf<ChatStreamBatch>(), Names(written.RootElement));
        Assert.Equal(PropertiesOf<ChatStreamResponse>(), Names(written.RootElement.GetProperty("responses")[0]));
    }

    private static JsonDocument Written<T>(T payload) => JsonDocument.Parse(JsonSerializer.Serialize(payload, Web));

    private static IEnumerable<string> Names(JsonElement element) => element.EnumerateObject().Select(property => property.Name).Order();

    private static IEnumerable<string> PropertiesOf<T>() => typeof(T)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Select(property => JsonNamingPolicy.CamelCase.ConvertName(property.Name))
        .Order();
}
