using System.Text.Json;
using Baton.Api.Conversations;
using Baton.Api.Data.Entities;
using Baton.Api.Runs;
using Baton.Contracts.Chat;
using Baton.Contracts.Messages;
using Baton.Contracts.Streaming;

namespace Baton.Tests.Infrastructure;

/// <summary>
/// Stores a long finished conversation the way the real-time path writes one, only faster: per
/// run its two messages (the answer's content derived by the API's own <see cref="AssistantContent"/>)
/// and five events appended by the API's own <see cref="ConversationEventLog"/>.
/// </summary>
public static class StoredConversation
{
    public const int EventsPerRun = 5;

    public static string Question(int run) => $"Question {run}";

    public static string Answer(int run) => $"Answer {run}: the scripted reply to question {run}.";

    /// <summary>Stores <paramref name="runs"/> question-and-answer runs, numbered from 1, in one transaction.</summary>
    public static async Task InsertRunsAsync(BatonAppFixture app, Guid conversationId, Guid bridgeId, int runs)
    {
        await using var db = await BatonDatabase.OpenAsync(app);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        var usage = JsonSerializer.SerializeToElement(new { input_tokens = 12, output_tokens = 8 });
        var events = new List<PendingEvent>(runs * EventsPerRun);
        for (var number = 1; number <= runs; number++)
        {
            // Ids in creation order: one SaveChanges inserts in key order, and history pages by insertion.
            var at = start.AddMilliseconds(number * 2);
            var user = BatonDatabase.NewMessage(conversationId, MessageRole.User, Question(number), at);
            user.Id = Guid.CreateVersion7(at);
            var cliMessageId = $"msg_{number}";
            var text = Answer(number);
            var blockStart = new BlockStartEvent(cliMessageId, 0, BlockType.Text, null, null);
            var delta = new TextDeltaEvent(cliMessageId, 0, text);
            var blockComplete = new BlockCompleteEvent(cliMessageId, 0, new TextBlock(text));
            var content = new AssistantContent([]);
            content.Apply(blockStart);
            content.Apply(delta);
            content.Apply(blockComplete);
            var assistant = BatonDatabase.NewMessage(conversationId, MessageRole.Assistant, text, at.AddMilliseconds(1));
            assistant.Id = Guid.CreateVersion7(at.AddMilliseconds(1));
            assistant.Content = content.ToJson();
            assistant.Usage = usage;
            assistant.CostUsd = 0.001m;
            assistant.DurationMs = 900;
            var run = new Run
            {
                Id = Guid.CreateVersion7(at),
                ConversationId = conversationId,
                UserMessageId = user.Id,
                AssistantMessageId = assistant.Id,
                BridgeId = bridgeId,
                ClientMessageId = Guid.NewGuid().ToString(),
                Status = RunStatus.Completed,
                CreatedAt = at,
                EndedAt = at.AddMilliseconds(1),
            };
            db.Messages.AddRange(user, assistant);
            db.Runs.Add(run);
            events.AddRange(
            [
                new(new ChatStreamResponse(conversationId, 0, run.Id, user.Id, new UserMessageEvent(Guid.Parse(run.ClientMessageId), Question(number), [])), run.Id),
                new(new ChatStreamResponse(conversationId, 0, run.Id, assistant.Id, blockStart), run.Id),
                new(new ChatStreamResponse(conversationId, 0, run.Id, assistant.Id, delta), run.Id),
                new(new ChatStreamResponse(conversationId, 0, run.Id, assistant.Id, blockComplete), run.Id),
                new(new ChatMessageComplete(conversationId, 0, run.Id, assistant.Id, "session-1", false, usage, 0.001, 900), run.Id),
            ]);
        }

        await db.SaveChangesAsync();
        await new ConversationEventLog(db, TimeProvider.System).AppendAsync(conversationId, events, CancellationToken.None);
        await transaction.CommitAsync();
    }
}
