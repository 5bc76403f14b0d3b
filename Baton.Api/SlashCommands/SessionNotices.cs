using Baton.Api.Runs;
using Baton.Contracts.Messages;
using Baton.Contracts.Streaming;

namespace Baton.Api.SlashCommands;

/// <summary>
/// What <c>/compact</c> and <c>/clear</c> leave in an answer (docs/claude-cli-facts.md): a notice
/// while the CLI compacts (<c>system/status</c> <c>compacting</c>), the boundary it then draws
/// (<c>system/compact_boundary</c>) or that it failed, and the start of a new session
/// (<c>conversation_reset</c>). The boundary takes the place of its "compacting" notice.
/// The web app's fold (<c>session-notices.ts</c>) does the same.
/// </summary>
public static class SessionNotices
{
    public const string Compacting = "compacting";
    public const string CompactBoundary = "compact_boundary";
    public const string CompactFailed = "compact_failed";
    public const string NewSession = "new_session";

    /// <summary>The notice an event leaves, if any.</summary>
    public static string? Of(StreamEvent streamEvent) => streamEvent switch
    {
        SystemEvent { Subtype: "compact_boundary" } => CompactBoundary,
        SystemEvent { Subtype: "status", Raw: { } line } when CliJson.Text(line, "status") == "compacting" => Compacting,
        SystemEvent { Subtype: "status", Raw: { } line } when CliJson.Text(line, "compact_result") is { } result && result != "success" => CompactFailed,
        OtherEvent { Line: var line } when CliJson.Text(line, "type") == "conversation_reset" => NewSession,
        _ => null,
    };

    /// <summary>Adds the notice, in place of the "compacting" one when it ends a compaction.</summary>
    public static void Add(List<MessageBlock> blocks, string notice)
    {
        var compacting = notice is CompactBoundary or CompactFailed
            ? blocks.FindLastIndex(block => block is NoticeBlock { Subtype: Compacting })
            : -1;
        if (compacting >= 0)
        {
            blocks[compacting] = new NoticeBlock(notice);
        }
        else
        {
            blocks.Add(new NoticeBlock(notice));
        }
    }
}
