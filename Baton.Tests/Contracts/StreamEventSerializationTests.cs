using System.Buffers;
using System.Text;
using System.Text.Json;
using Baton.Contracts.Chat;
using Baton.Contracts.Hubs;
using Baton.Contracts.Messages;
using Baton.Contracts.Streaming;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace Baton.Tests.Contracts;

/// <summary>Every kind of <see cref="StreamEvent"/> travels as camelCase JSON with its <c>kind</c>.</summary>
public sealed class StreamEventSerializationTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static TheoryData<StreamEvent, string, string[]> EveryKind => new()
    {
        {
            new UserMessageEvent(Guid.NewGuid(), "Fix the build", [new AttachmentBlock(Guid.NewGuid(), "log.txt", "text/plain", 12)]),
            "user_message", ["kind", "clientMessageId", "content", "attachments"]
        },
        {
            new BlockStartEvent("msg_01", 1, BlockType.ToolUse, "toolu_01", "Bash"),
            "block_start", ["kind", "cliMessageId", "index", "blockType", "toolUseId", "name"]
        },
        { new TextDeltaEvent("msg_01", 0, "Hel"), "text_delta", ["kind", "cliMessageId", "index", "text"] },
        { new ThinkingDeltaEvent("msg_01", 0, "Let me"), "thinking_delta", ["kind", "cliMessageId", "index", "text"] },
        {
            new ToolInputDeltaEvent("msg_01", 1, "{\"command\":\"git"),
            "tool_input_delta", ["kind", "cliMessageId", "index", "partialJson"]
        },
        {
            new BlockCompleteEvent("msg_01", 1, new ToolUseBlock("toolu_01", "Bash") { Input = Json("""{"command":"git status"}""") }),
            "block_complete", ["kind", "cliMessageId", "index", "block"]
        },
        {
            new ToolResultEvent("toolu_01", Json("""[{"type":"text","text":"clean"}]"""), false),
            "tool_result", ["kind", "toolUseId", "content", "isError"]
        },
        {
            new SystemEvent("init", "5b0e", "claude-sonnet", ["Bash", "Read"], "default", Json("""{"type":"system","subtype":"init"}""")),
            "system", ["kind", "subtype", "sessionId", "model", "tools", "permissionMode", "raw"]
        },
        { new OtherEvent(Json("""{"type":"rate_limit_event","x":1}""")), "other", ["kind", "line"] },
        { new SteeredMessageEvent("Use tabs, not spaces"), "steered_message", ["kind", "content"] },
    };

    [Fact]
    public void The_cases_cover_every_kind()
    {
        var kinds = typeof(StreamEventKinds).GetFields().Select(field => (string)field.GetRawConstantValue()!);

        Assert.Equal(kinds.Order(), EveryKind.Select(row => (string)row[1]).Order());
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Round_trips_with_kind_first_and_camel_case_fields(StreamEvent streamEvent, string kind, string[] fields)
    {
        var json = JsonSerializer.Serialize(streamEvent, Web);
        using var document = JsonDocument.Parse(json);

        Assert.Equal(fields, document.RootElement.EnumerateObject().Select(property => property.Name));
        Assert.Equal(kind, document.RootElement.GetProperty("kind").GetString());

        var read = JsonSerializer.Deserialize<StreamEvent>(json, Web)!;
        Assert.IsType(streamEvent.GetType(), read);
        Assert.Equal(json, JsonSerializer.Serialize(read, Web));
    }

    [Fact]
    public void Signalr_json_protocol_writes_kind_inside_a_stream_response_and_reads_it_back()
    {
        var protocol = new JsonHubProtocol(Options.Create(new JsonHubProtocolOptions()));
        var response = new ChatStreamResponse(Guid.NewGuid(), 7, Guid.NewGuid(), null, new TextDeltaEvent("msg_01", 0, "Hello"));
        var buffer = new ArrayBufferWriter<byte>();

        protocol.WriteMessage(new InvocationMessage(WireEvents.ChatStreamResponse, [response]), buffer);

        var frame = Encoding.UTF8.GetString(buffer.WrittenSpan).TrimEnd('\u001e');
        using var document = JsonDocument.Parse(frame);
        var argument = document.RootElement.GetProperty("arguments")[0];
        Assert.Equal("chat:stream-response", document.RootElement.GetProperty("target").GetString());
        Assert.Equal(7, argument.GetProperty("seq").GetInt64());
        Assert.Equal(JsonValueKind.Null, argument.GetProperty("messageId").ValueKind);
        Assert.Equal("text_delta", argument.GetProperty("event").GetProperty("kind").GetString());
        Assert.Equal("Hello", argument.GetProperty("event").GetProperty("text").GetString());

        var input = new ReadOnlySequence<byte>(buffer.WrittenMemory);
        Assert.True(protocol.TryParseMessage(ref input, new PayloadBinder(typeof(ChatStreamResponse)), out var parsed));
        var read = Assert.IsType<ChatStreamResponse>(Assert.IsType<InvocationMessage>(parsed).Arguments[0]);
        Assert.Equal(response, read);
    }

    private static JsonElement Json(string text) => JsonSerializer.Deserialize<JsonElement>(text);

    private sealed class PayloadBinder(Type payload) : IInvocationBinder
    {
        public IReadOnlyList<Type> GetParameterTypes(string methodName) => [payload];

        public Type GetReturnType(string invocationId) => typeof(object);

        public Type GetStreamItemType(string streamId) => typeof(object);
    }
}
