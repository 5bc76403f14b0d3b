using Baton.ScriptedModel.Replies;

namespace Baton.ScriptedModel.Wire;

/// <summary>Rough token counts (about four characters a token) so usage and cost have numbers to carry.</summary>
public static class TokenEstimate
{
    public static int FromCharacters(int characters) => Math.Max(1, characters / 4);

    public static int ForReply(ScriptedReply reply) => FromCharacters(reply.Blocks.Sum(block => block switch
    {
        TextBlock text => text.Text.Length,
        ThinkingBlock thinking => thinking.Thinking.Length,
        ToolUseBlock tool => tool.Input.ToJsonString().Length,
        _ => 0,
    }));
}
