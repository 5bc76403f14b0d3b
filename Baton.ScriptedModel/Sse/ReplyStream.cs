using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Baton.ScriptedModel.Replies;
using Baton.ScriptedModel.Wire;

namespace Baton.ScriptedModel.Sse;

/// <summary>Turns a scripted reply into the Messages API's server-sent events, pausing between chunks.</summary>
public static class ReplyStream
{
    private const int ToolInputChunkSize = 24;

    public static async IAsyncEnumerable<SseItem<JsonObject>> Events(
        ScriptedReply reply,
        string messageId,
        string model,
        int inputTokens,
        TimeProvider timeProvider,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var usage = MessageJson.Usage(inputTokens, outputTokens: 1);
        yield return Item(StreamEventJson.MessageStart(MessageJson.Message(messageId, model, [], stopReason: null, usage)));

        for (var index = 0; index < reply.Blocks.Count; index++)
        {
            var block = reply.Blocks[index];
            yield return Item(StreamEventJson.ContentBlockStart(index, MessageJson.OpeningBlock(block)));
            foreach (var delta in Deltas(block))
            {
                await Task.Delay(reply.ChunkDelay, timeProvider, cancellationToken);
                yield return Item(StreamEventJson.ContentBlockDelta(index, delta));
            }

            yield return Item(StreamEventJson.ContentBlockStop(index));
        }

        yield return Item(StreamEventJson.MessageDelta(reply.StopReason, inputTokens, TokenEstimate.ForReply(reply)));
        yield return Item(StreamEventJson.MessageStop());
    }

    private static IEnumerable<JsonObject> Deltas(ReplyBlock block) => block switch
    {
        TextBlock text => Chunking.ByWord(text.Text).Select(StreamEventJson.TextDelta),
        ThinkingBlock thinking => Chunking.ByWord(thinking.Thinking)
            .Select(StreamEventJson.ThinkingDelta)
            .Append(StreamEventJson.SignatureDelta(MessageJson.ThinkingSignature)),
        ToolUseBlock tool => Chunking.BySize(tool.Input.ToJsonString(), ToolInputChunkSize).Select(StreamEventJson.InputJsonDelta),
        _ => throw new ArgumentOutOfRangeException(nameof(block), block, "Unknown reply block."),
    };

    private static SseItem<JsonObject> Item(JsonObject data) => new(data, data["type"]!.GetValue<string>());
}
