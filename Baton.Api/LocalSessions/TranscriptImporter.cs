using Baton.Api.Bridges;
using Baton.Api.Conversations;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Contracts.Conversations;
using Baton.Contracts.Messages;
using Baton.Contracts.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.LocalSessions;

/// <summary>
/// Imports a local Claude Code session into a conversation bound to it, and later brings that conversation
/// up to date with what a terminal added; a conversation started in Baton is brought up to date the same way.
/// The transcript is read in pages from where the last read ended, each page stored in a transaction of its
/// own under the conversation row's lock, so a large transcript never holds a connection long and two reads
/// of one session never store a turn twice. Records Baton's own CLI wrote (<c>"entrypoint": "baton"</c>) are
/// passed over, as Baton stored them as they streamed; what a later read stores reaches open tabs as
/// <c>transcript:imported</c>.
/// </summary>
public sealed class TranscriptImporter(
    BatonDbContext db,
    ProjectBridges projects,
    BridgeCaller caller,
    ConversationNotifier notifier,
    ConversationEventLog log,
    ConversationBroadcaster broadcaster,
    TimeProvider time)
{
    private const string BatonEntrypoint = "baton";

    public async Task<LocalSessionListing> ListAsync(Guid userId, Guid projectId, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(userId, projectId, cancellationToken);
        var location = await projects.LocateAsync(project.BridgeId, cancellationToken);
        return await caller.CallAsync(location.ConnectionId, (bridge, token) =>
            bridge.ListSessions(new ListLocalSessionsRequest(project.RootDirectory), token), cancellationToken);
    }

    /// <summary>The conversation bound to the session, created with its history when there is none yet, and brought up to date.</summary>
    public async Task<(Conversation Conversation, bool Created)> ImportAsync(Guid userId, Guid projectId, string sessionId, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(userId, projectId, cancellationToken);
        var existing = await db.Conversations.AsNoTracking()
            .Where(c => c.ProjectId == projectId && c.OwnerId == userId && c.ClaudeSessionId == sessionId)
            .OrderBy(c => c.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            await SyncAsync(existing.Id, project, ownRecordsToo: false, cancellationToken);
            return (await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == existing.Id, cancellationToken), false);
        }

        // Read before anything is stored, so an unknown session or an offline bridge leaves no conversation behind.
        var location = await projects.LocateAsync(project.BridgeId, cancellationToken);
        await caller.CallAsync(location.ConnectionId, (bridge, token) =>
            bridge.ReadTranscript(new ReadTranscriptRequest(project.RootDirectory, sessionId, 0), token), cancellationToken);

        var now = time.GetStoredUtcNow();
        var conversation = new Conversation
        {
            Id = Guid.CreateVersion7(),
            ProjectId = projectId,
            OwnerId = userId,
            Title = ConversationTitle.Default,
            ClaudeSessionId = sessionId,
            TranscriptOffset = 0,
            Status = ConversationStatus.Active,
            PermissionMode = StoredPermissionMode.Default,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Conversations.Add(conversation);
        db.Messages.Add(NoticeMessage(conversation.Id, TranscriptNotices.ImportedSession, now));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        // Everything in the transcript is history here, Baton's own turns too (their conversation is gone).
        await SyncAsync(conversation.Id, project, ownRecordsToo: true, cancellationToken);
        var imported = await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversation.Id, cancellationToken);
        await notifier.CreatedAsync(imported);
        return (imported, true);
    }

    /// <summary>Reads what the conversation's session transcript gained since Baton last read it; nothing for a conversation without a session.</summary>
    public async Task<TranscriptSync> SyncAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        var project = await db.Conversations.AsNoTracking()
            .Where(c => c.Id == conversationId && c.ClaudeSessionId != null)
            .Join(db.Projects, c => c.ProjectId, p => p.Id, (c, p) => new ProjectBridge(p.RootDirectory, p.BridgeId))
            .SingleOrDefaultAsync(cancellationToken);
        return project is null
            ? new TranscriptSync(0, false)
            : await SyncAsync(conversationId, project, ownRecordsToo: false, cancellationToken);
    }

    private async Task<TranscriptSync> SyncAsync(Guid conversationId, ProjectBridge project, bool ownRecordsToo, CancellationToken cancellationToken)
    {
        var location = await projects.LocateAsync(project.BridgeId, cancellationToken);
        var total = new TranscriptSync(0, false);
        var strategy = db.Database.CreateExecutionStrategy();
        for (var atEnd = false; !atEnd;)
        {
            (atEnd, var page, var events) = await strategy.ExecuteAsync(
                ct => StorePageAsync(conversationId, project, location, ownRecordsToo, total, ct),
                cancellationToken);
            await broadcaster.BroadcastAsync(conversationId, events);
            total = new TranscriptSync(total.ImportedTurns + page.ImportedTurns, total.Forked || page.Forked);
        }

        if (total.ImportedTurns > 0 && !ownRecordsToo)
        {
            await notifier.UpdatedAsync(await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversationId, cancellationToken));
        }

        return total;
    }

    /// <summary>
    /// Reads and stores one page; true once the transcript's end was reached, or while a run of Baton's own
    /// writes to the session (its records are Baton's, and the next read takes up what a terminal added).
    /// <paramref name="before"/> is what earlier pages of this read added. The page is read before the
    /// conversation's row is locked, so a bridge call never holds it, and stored only if nobody stored it since.
    /// </summary>
    private async Task<(bool AtEnd, TranscriptSync Page, IReadOnlyList<ConversationEvent> Events)> StorePageAsync(
        Guid conversationId, ProjectBridge project, BridgeLocation location, bool ownRecordsToo, TranscriptSync before, CancellationToken cancellationToken)
    {
        var nothing = new TranscriptSync(0, false);
        db.ChangeTracker.Clear();
        var from = await db.Conversations.AsNoTracking()
            .Where(c => c.Id == conversationId)
            .Select(c => new { c.ClaudeSessionId, c.TranscriptOffset })
            .SingleAsync(cancellationToken);
        if (from.ClaudeSessionId is not { } sessionId || await HasActiveRunAsync(conversationId, cancellationToken))
        {
            return (true, nothing, []);
        }

        var offset = from.TranscriptOffset ?? 0;
        var page = await caller.CallAsync(location.ConnectionId, (bridge, token) =>
            bridge.ReadTranscript(new ReadTranscriptRequest(project.RootDirectory, sessionId, offset), token), cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The row's lock orders this page with a run starting (which writes the row) and with other reads of the session.
        var conversation = (await db.Conversations
            .FromSql($"SELECT * FROM conversations WHERE id = {conversationId} FOR UPDATE")
            .ToListAsync(cancellationToken)).Single();
        if (conversation.ClaudeSessionId != sessionId || (conversation.TranscriptOffset ?? 0) != offset)
        {
            // Another read stored this page first, or a new session began: read on from where the conversation is now.
            return (false, nothing, []);
        }

        if (await HasActiveRunAsync(conversationId, cancellationToken))
        {
            return (true, nothing, []);
        }

        var chain = new TranscriptChain(conversation.TranscriptTipUuid);
        var answer = await db.Messages
            .Where(m => m.ConversationId == conversationId)
            .OrderByDescending(m => m.Position)
            .FirstOrDefaultAsync(cancellationToken) is { Role: MessageRole.Assistant, Status: MessageStatus.Completed, ContentSeq: null } last ? last : null;
        var stored = new List<Message>();
        var turns = 0;
        var forked = false;
        foreach (var record in page.Records)
        {
            if (chain.Forks(record) && !forked && !before.Forked)
            {
                forked = true;
                answer = null;
                await AddAsync(NoticeMessage(conversationId, TranscriptNotices.SessionForked, time.GetStoredUtcNow()), stored, cancellationToken);
            }

            if (!ownRecordsToo && TranscriptChain.Entrypoint(record) == BatonEntrypoint)
            {
                continue;
            }

            switch (TranscriptParser.Parse(record))
            {
                case PromptPiece prompt:
                    // Where the session forked, that notice already says the terminal wrote what follows.
                    if (!ownRecordsToo && turns == 0 && before.ImportedTurns == 0 && !forked && !before.Forked)
                    {
                        await AddAsync(NoticeMessage(conversationId, TranscriptNotices.TerminalTurns, time.GetStoredUtcNow()), stored, cancellationToken);
                    }

                    turns++;
                    if (conversation.Title == ConversationTitle.Default && ConversationTitle.FromMessage(prompt.Text) is { } title)
                    {
                        conversation.Title = title;
                    }

                    await AddAsync(NewMessage(conversationId, MessageRole.User, [new TextBlock(prompt.Text)], prompt.At), stored, cancellationToken);
                    answer = NewMessage(conversationId, MessageRole.Assistant, [], prompt.At);
                    await AddAsync(answer, stored, cancellationToken);
                    break;
                case AnswerPiece piece:
                    if (answer is null)
                    {
                        answer = NewMessage(conversationId, MessageRole.Assistant, [], piece.At);
                        await AddAsync(answer, stored, cancellationToken);
                    }

                    answer.Content = MessageContent.ToJson([.. MessageContent.Read(answer.Content), .. piece.Blocks]);
                    answer.ContentVersion++;
                    answer.UpdatedAt = piece.At ?? answer.UpdatedAt;
                    if (!stored.Contains(answer))
                    {
                        stored.Add(answer);
                    }

                    break;
            }
        }

        conversation.TranscriptOffset = page.NextOffset;
        conversation.TranscriptTipUuid = chain.Tip;
        if (turns > 0 || forked)
        {
            conversation.UpdatedAt = time.GetStoredUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
        // A conversation being imported has no reader yet: only what a later read adds is news to open tabs.
        IReadOnlyList<ConversationEvent> events = ownRecordsToo || stored.Count == 0
            ? []
            : await log.AppendAsync(conversationId, [new PendingEvent(new TranscriptImported(conversationId, 0, [.. stored.Select(Imported)]))], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (page.AtEnd, new TranscriptSync(turns, forked), events);
    }

    private Task<bool> HasActiveRunAsync(Guid conversationId, CancellationToken cancellationToken) =>
        db.Runs.AnyAsync(r => r.ConversationId == conversationId && (r.Status == RunStatus.Dispatched || r.Status == RunStatus.Running), cancellationToken);

    private static ImportedMessage Imported(Message message) => new(
        message.Id,
        message.Role == MessageRole.User ? ImportedMessageRole.User : ImportedMessageRole.Assistant,
        MessageContent.Read(message.Content),
        message.CreatedAt);

    /// <summary>Saved at once: a message's place in history is the order it was inserted in.</summary>
    private async Task AddAsync(Message message, List<Message> stored, CancellationToken cancellationToken)
    {
        db.Messages.Add(message);
        stored.Add(message);
        await db.SaveChangesAsync(cancellationToken);
    }

    private Message NoticeMessage(Guid conversationId, string subtype, DateTimeOffset at) =>
        NewMessage(conversationId, MessageRole.Assistant, [new NoticeBlock(subtype)], at);

    private Message NewMessage(Guid conversationId, MessageRole role, IReadOnlyList<MessageBlock> blocks, DateTimeOffset? at)
    {
        var when = at ?? time.GetStoredUtcNow();
        return new Message
        {
            Id = Guid.CreateVersion7(),
            ConversationId = conversationId,
            Role = role,
            Content = MessageContent.ToJson(blocks),
            Status = MessageStatus.Completed,
            CreatedAt = when,
            UpdatedAt = when,
        };
    }

}
