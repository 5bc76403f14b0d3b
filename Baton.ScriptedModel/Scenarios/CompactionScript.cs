using Baton.ScriptedModel.Conversation;
using Baton.ScriptedModel.Replies;

namespace Baton.ScriptedModel.Scenarios;

/// <summary>
/// <c>/compact</c>: the CLI asks the model to summarise the conversation so far, as an
/// <c>&lt;analysis&gt;</c> block and a <c>&lt;summary&gt;</c> block in plain text. The request holds
/// every earlier message, so it must not be taken for one of them (a "write" in it would ask for a tool).
/// </summary>
public static class CompactionScript
{
    public static bool IsCompactionRequest(MessagesRequest request) =>
        request.LastUserText.Contains("<summary>", StringComparison.Ordinal)
        && request.LastUserText.Contains("<analysis>", StringComparison.Ordinal);

    public static IReadOnlyList<ReplyBlock> Summary() =>
    [
        new TextBlock("<analysis>The person talked to Baton's scripted model.</analysis>\n"
            + "<summary>The person and Baton's scripted model exchanged a few messages; nothing is left to do.</summary>"),
    ];
}
