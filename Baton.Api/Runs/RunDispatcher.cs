using System.Diagnostics;
using System.Text.Json;
using Baton.Api.Bridges;
using Baton.Api.Conversations;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Permissions;
using Baton.Api.Telemetry;
using Baton.Contracts.Chat;
using Baton.Contracts.Conversations;
using Baton.Contracts.Errors;
using Baton.Contracts.Messages;
using Baton.Contracts.Runs;
using Baton.Contracts.Streaming;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Baton.Api.Runs;

/// <summary>
/// <c>chat:send-message</c>: checks the request, stores the run with both messages and the
/// <c>user_message</c> event in one transaction, then hands the run to the project's bridge. A bridge
/// that refuses or does not answer ends the run with a stored <c>chat:error</c>. While another run of the
/// conversation is busy it refuses with <c>run_in_progress</c>, which <see cref="Queue.MessageSender"/> turns
/// into a queued message.
/// </summary>
public sealed class RunDispatcher(
    BatonDbContext db,
    ConversationEventLog log,
    PermissionRulebook rulebook,
    IBridgePresence presence,
    BridgeCaller bridges,
    RunRecorder recorder,
    RunOutcomePublisher publisher,
    ConversationBroadcaster broadcaster,
    ConversationNotifier notifier,
    RealtimeTelemetry telemetry,
    TimeProvider time,
    ILogger<RunDispatcher> logger)
{
    public async Task<SendMessageResult> SendAsync(Guid userId, SendMessageRequest request, CancellationToken cancellationToken)
    {
        using var activity = RealtimeTelemetry.ActivitySource.StartActivity("chat.send-message");
        activity?.SetTag("baton.conversation_id", request.ConversationId);
        var clientMessageId = request.ClientMessageId.ToString();

        var target = await db.Conversations.AsNoTracking()
            .Where(c => c.Id == request.ConversationId && c.OwnerId == userId)
            .Join(db.Projects, c => c.ProjectId, p => p.Id, (c, p) => new { c.ClaudeSessionId, Project = p })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw HubErrors.Create(ErrorCodes.NotFound, "The conversation was not found.");
        if (await FindRunAsync(request.ConversationId, clientMessageId, cancellationToken) is { } resent)
        {
            return resent;
        }

        if (await db.Runs.AnyAsync(r => r.ConversationId == request.ConversationId
                && (r.Status == RunStatus.Dispatched || r.Status == RunStatus.Running), cancellationToken))
        {
            // The active run may be this very message's, stored by a concurrent send since the look above.
            return await FindRunAsync(request.ConversationId, clientMessageId, cancellationToken)
                ?? throw HubErrors.Create(ErrorCodes.RunInProgress, "A run is already active in this conversation.");
        }

        var attachments = await FindAttachmentsAsync(userId, request, cancellationToken);
        var bridgeId = await db.Bridges.AsNoTracking()
            .Where(b => b.Id == target.Project.BridgeId && b.RevokedAt == null)
            .Select(b => (Guid?)b.Id)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw HubErrors.Create(ErrorCodes.BridgeUnavailable, "The project has no bridge.");
        var location = await presence.LocateAsync(bridgeId, cancellationToken)
            ?? throw HubErrors.Create(ErrorCodes.BridgeUnavailable, "The project's bridge is offline.");
        var allowedTools = await rulebook.AllowedToolsAsync(target.Project.Id, cancellationToken);

        Stored stored;
        try
        {
            stored = await StoreAsync(userId, request, bridgeId, attachments, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A concurrent send won (committed by now): the same message gets the same ids; another waits its turn.
            if (await FindRunAsync(request.ConversationId, clientMessageId, cancellationToken) is { } concurrent)
            {
                return concurrent;
            }

            throw HubErrors.Create(ErrorCodes.RunInProgress, "A run is already active in this conversation.");
        }

        telemetry.RunStarted();
        activity?.SetTag("baton.request_id", stored.RunId);
        await broadcaster.BroadcastAsync(request.ConversationId, stored.Events);
        await notifier.UpdatedAsync(stored.Conversation);

        var execute = new ExecuteRunRequest(
            stored.RunId,
            request.ConversationId,
            target.Project.RootDirectory,
            request.Content,
            attachments,
            target.ClaudeSessionId,
            stored.Conversation.PermissionMode.ToWire(),
            stored.Conversation.Model,
            allowedTools,
            Activity.Current?.Id,
            stored.Conversation.Effort);
        // Names the trace, so the API's and the bridge's logs of one run can be matched.
        logger.LogInformation("Run {RunId} dispatched to bridge {BridgeId} in trace {TraceId}", execute.RequestId, target.Project.BridgeId, Activity.Current?.TraceId);
        await DispatchAsync(location, execute);
        return stored.Result;
    }

    private async Task<SendMessageResult?> FindRunAsync(Guid conversationId, string clientMessageId, CancellationToken cancellationToken) =>
        await db.Runs.AsNoTracking()
            .Where(r => r.ConversationId == conversationId && r.ClientMessageId == clientMessageId)
            .Select(r => new SendMessageResult(r.Id, r.UserMessageId!.Value, r.AssistantMessageId))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The user's uploads, in the order given; each must be unattached or attached in this conversation.</summary>
    private async Task<IReadOnlyList<RunAttachment>> FindAttachmentsAsync(Guid userId, SendMessageRequest request, CancellationToken cancellationToken)
    {
        if (request.AttachmentIds.Count == 0)
        {
            return [];
        }

        var found = await db.Uploads.AsNoTracking()
            .Where(u => request.AttachmentIds.Contains(u.Id) && u.OwnerId == userId
                && (u.ConversationId == null || u.ConversationId == request.ConversationId))
            .Select(u => new RunAttachment(u.Id, u.FileName, u.MediaType, u.Size))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        if (found.Count != request.AttachmentIds.Count)
        {
            throw HubErrors.Create(ErrorCodes.InvalidRequest, "An attachment was not found.");
        }

        return [.. request.AttachmentIds.Select(id => found[id])];
    }

    private async Task<Stored> StoreAsync(
        Guid userId, SendMessageRequest request, Guid bridgeId, IReadOnlyList<RunAttachment> attachments, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = time.GetStoredUtcNow();
            var conversation = await db.Conversations.SingleAsync(c => c.Id == request.ConversationId && c.OwnerId == userId, ct);
            conversation.PermissionMode = request.PermissionMode?.ToStored() ?? conversation.PermissionMode;
            conversation.Model = request.Model ?? conversation.Model;
            conversation.UpdatedAt = now;
            if (conversation.Title == ConversationTitle.Default && ConversationTitle.FromMessage(request.Content) is { } title)
            {
                // Named by its first message with text, unless the person named it already.
                conversation.Title = title;
            }

            var userMessage = NewMessage(conversation.Id, MessageRole.User, UserContent(request.Content, attachments), MessageStatus.Completed, now);
            db.Messages.Add(userMessage);
            // Saved on its own: one SaveChanges inserts in key order, and history orders by insertion.
            await db.SaveChangesAsync(ct);

            var assistantMessage = NewMessage(conversation.Id, MessageRole.Assistant, MessageContent.ToJson([]), MessageStatus.Streaming, now);
            var run = new Run
            {
                Id = Guid.CreateVersion7(),
                ConversationId = conversation.Id,
                UserMessageId = userMessage.Id,
                AssistantMessageId = assistantMessage.Id,
                BridgeId = bridgeId,
                ClientMessageId = request.ClientMessageId.ToString(),
                Status = RunStatus.Dispatched,
                PermissionMode = conversation.PermissionMode,
                Model = conversation.Model,
                CreatedAt = now,
                Attachments = [.. attachments.Select(a => new StoredAttachment { UploadId = a.Id })],
            };
            db.Messages.Add(assistantMessage);
            db.Runs.Add(run);
            if (attachments.Count > 0)
            {
                // Attached here, the files go when the conversation is deleted.
                var uploadIds = attachments.Select(a => a.Id).ToList();
                await db.Uploads.Where(u => uploadIds.Contains(u.Id) && u.ConversationId == null)
                    .ExecuteUpdateAsync(setters => setters.SetProperty(u => u.ConversationId, conversation.Id), ct);
            }

            // The run first: its event refers to it.
            await db.SaveChangesAsync(ct);
            var userEvent = new UserMessageEvent(request.ClientMessageId, request.Content, AttachmentBlocks(attachments));
            var events = await log.AppendAsync(conversation.Id,
                [new PendingEvent(new ChatStreamResponse(conversation.Id, 0, run.Id, userMessage.Id, userEvent), run.Id)], ct);
            await transaction.CommitAsync(ct);
            return new Stored(run.Id, new SendMessageResult(run.Id, userMessage.Id, assistantMessage.Id), events, conversation);
        }, cancellationToken);
    }

    /// <summary>A refusal, a timeout or an unreachable bridge ends the run here; what it does later arrives as events.</summary>
    private async Task DispatchAsync(BridgeLocation location, ExecuteRunRequest request)
    {
        string code;
        string message;
        try
        {
            var result = await bridges.CallAsync(location.ConnectionId, (bridge, token) => bridge.Execute(request, token));
            if (result.Accepted)
            {
                return;
            }

            code = result.Code is { } refusal && HubErrors.KnownCodes.Contains(refusal) ? refusal : ErrorCodes.CliFailed;
            message = result.Message ?? "The bridge refused the run.";
        }
        catch (HubException exception)
        {
            code = HubErrors.ExtractCode(exception) ?? ErrorCodes.BridgeUnavailable;
            message = HubErrors.ExtractText(exception);
        }

        if (await recorder.FailAsync(request.RequestId, code, message, CancellationToken.None) is { } batch)
        {
            await publisher.PublishAsync(batch);
        }
    }

    private static Message NewMessage(Guid conversationId, MessageRole role, JsonElement content, MessageStatus status, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        ConversationId = conversationId,
        Role = role,
        Content = content,
        Status = status,
        CreatedAt = now,
        UpdatedAt = now,
    };

    private static JsonElement UserContent(string text, IReadOnlyList<RunAttachment> attachments) =>
        MessageContent.ToJson([new TextBlock(text), .. AttachmentBlocks(attachments)]);

    private static List<AttachmentBlock> AttachmentBlocks(IReadOnlyList<RunAttachment> attachments) =>
        [.. attachments.Select(a => new AttachmentBlock(a.Id, a.Name, a.MediaType, a.Size))];

    private sealed record Stored(Guid RunId, SendMessageResult Result, IReadOnlyList<ConversationEvent> Events, Conversation Conversation);
}
