using Baton.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Tests.Realtime;

/// <summary>
/// A conversation remembers how far it read its session's transcript, so a terminal's turns are imported
/// once. A run in a new session (after <c>/clear</c>) starts that reading over; one in the same session keeps it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SessionChangeTests(ApiFixture app)
{
    [Fact]
    public async Task A_run_in_a_new_session_resets_where_the_transcript_was_read_up_to_and_one_in_the_same_session_keeps_it()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");
        await RunInSessionAsync(chat, "session-1");
        await SetReadPositionAsync(chat.ConversationId, 4_096, "record-1");

        await RunInSessionAsync(chat, "session-1");
        Assert.Equal(("session-1", 4_096L, "record-1"), await ReadPositionAsync(chat.ConversationId));

        await RunInSessionAsync(chat, "session-2");
        Assert.Equal(("session-2", (long?)null, (string?)null), await ReadPositionAsync(chat.ConversationId));
    }

    private static async Task RunInSessionAsync(ChatScenario chat, string sessionId)
    {
        var (sent, _) = await chat.StartRunAsync();
        await chat.Bridge.StreamAsync(sent.RequestId, CliLines.SystemInit(sessionId));
        var lastBridgeSeq = await chat.Bridge.CompleteAsync(sent.RequestId, sessionId);
        await chat.Bridge.WaitForAckAsync(sent.RequestId, lastBridgeSeq);
    }

    private async Task SetReadPositionAsync(Guid conversationId, long offset, string tipUuid)
    {
        await using var db = await BatonDatabase.OpenAsync(app);
        await db.Conversations.Where(c => c.Id == conversationId)
            .ExecuteUpdateAsync(setters => setters.SetProperty(c => c.TranscriptOffset, offset).SetProperty(c => c.TranscriptTipUuid, tipUuid));
    }

    private async Task<(string? SessionId, long? Offset, string? TipUuid)> ReadPositionAsync(Guid conversationId)
    {
        await using var db = await BatonDatabase.OpenAsync(app);
        var conversation = await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversationId);
        return (conversation.ClaudeSessionId, conversation.TranscriptOffset, conversation.TranscriptTipUuid);
    }
}
