using System.Text.Json;
using System.Text.Json.Nodes;
using Baton.Api.Conversations;
using Baton.Api.Runs;
using Baton.Contracts.Chat;
using Baton.Contracts.Conversations;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Folds;

/// <summary>
/// A recorded run under <c>Baton.Tests/Fixtures/Folds</c>: its steps (CLI stdout lines, and the events
/// Baton adds between them: prompts, answers, endings), the conversation events a browser receives for
/// them, and the blocks the answer holds after the fold. The web app's tests fold the same events and
/// must reach the same blocks.
/// </summary>
public sealed class FoldFixture
{
    public static readonly Guid ConversationId = Guid.Parse("00000000-0000-0000-0000-0000000000c1");
    public static readonly Guid RequestId = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    public static readonly Guid MessageId = Guid.Parse("00000000-0000-0000-0000-0000000000b1");

    private readonly string _path;
    private readonly JsonObject _document;

    private FoldFixture(string path)
    {
        _path = path;
        _document = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
    }

    public static string Folder => Path.Combine(RepositoryPaths.Root, "Baton.Tests", "Fixtures", "Folds");

    public static IEnumerable<string> Names => Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order()!;

    public static FoldFixture Load(string name) => new(Path.Combine(Folder, $"{name}.json"));

    public JsonNode? ExpectedEvents => _document["events"];

    public JsonNode? ExpectedBlocks => _document["blocks"];

    /// <summary>Plays the steps through the API's interpreter and fold, as the run recorder does.</summary>
    public (JsonArray Events, JsonArray Blocks) Play()
    {
        var cursor = new RunStreamCursor();
        var content = new AssistantContent([]);
        var events = new List<ConversationEvent>();
        foreach (var step in _document["steps"]!.AsArray())
        {
            if (step!["cliLine"] is { } line)
            {
                foreach (var streamEvent in CliLineInterpreter.Interpret(JsonSerializer.SerializeToElement(line), cursor, content))
                {
                    content.Apply(streamEvent);
                    events.Add(new ChatStreamResponse(ConversationId, events.Count + 1, RequestId, MessageId, streamEvent));
                }
            }
            else
            {
                var added = BatonEvent(step["event"]!, events.Count + 1);
                content.Replay(added);
                events.Add(added);
            }
        }

        return (
            new JsonArray([.. events.Select(e => new JsonObject { ["type"] = ChatEvents.WireNameOf(e), ["payload"] = JsonNode.Parse(ChatEvents.SerializeToUtf8(e)) })]),
            JsonNode.Parse(content.ToJson().GetRawText())!.AsArray());
    }

    /// <summary>Writes what <see cref="Play"/> gave as the fixture's expectations, for a person to review in the diff.</summary>
    public void Record(JsonArray events, JsonArray blocks)
    {
        _document["events"] = events.DeepClone();
        _document["blocks"] = blocks.DeepClone();
        File.WriteAllText(_path, _document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    /// <summary>An event Baton adds to the run, numbered into the conversation like the recorder's.</summary>
    private static ConversationEvent BatonEvent(JsonNode step, long seq)
    {
        var payload = step["payload"]!.DeepClone().AsObject();
        payload["conversationId"] = ConversationId;
        payload["seq"] = seq;
        return ChatEvents.Deserialize(step["type"]!.GetValue<string>(), JsonSerializer.SerializeToElement(payload));
    }
}
