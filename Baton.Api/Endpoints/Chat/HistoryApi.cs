using System.Data;
using System.Security.Claims;
using Baton.Api.Auth;
using Baton.Api.Data;
using Baton.Api.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Endpoints.Chat;

public static class HistoryApi
{
    public static IEndpointRouteBuilder MapHistoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/chat").WithTags("History").RequireAuthorization();

        api.MapGet("messages/{conversationId:guid}", GetMessages)
            .WithName(nameof(GetMessages))
            .WithSummary("A page of a conversation's messages, oldest first, with the seq they are complete up to")
            .WithRequestValidation<MessagePageQuery>();
        api.MapGet("events/{conversationId:guid}", GetEvents)
            .WithName(nameof(GetEvents))
            .WithSummary("A conversation's stored events after a seq, in seq order")
            .WithRequestValidation<EventPageQuery>();

        return app;
    }

    public static async Task<Results<Ok<MessagePage>, NotFound, ValidationProblem>> GetMessages(
        Guid conversationId,
        [AsParameters] MessagePageQuery query,
        ClaimsPrincipal principal,
        BatonDbContext db,
        CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            // One snapshot for the counter and the messages: lastSeq then covers exactly what was read.
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
            var lastSeq = await db.Conversations
                .Where(c => c.Id == conversationId && c.OwnerId == userId)
                .Select(c => (long?)c.LastSeq)
                .SingleOrDefaultAsync(ct);
            if (lastSeq is null)
            {
                return (Results<Ok<MessagePage>, NotFound, ValidationProblem>)TypedResults.NotFound();
            }

            // A streaming answer's newest deltas may be in the event log only: the page then covers what
            // its content holds, and the replay after it brings the rest.
            var contentHoldsUpTo = await db.Messages
                .Where(m => m.ConversationId == conversationId && m.ContentSeq != null)
                .MinAsync(m => m.ContentSeq, ct);
            var coveredUpTo = Math.Min(lastSeq.Value, contentHoldsUpTo ?? long.MaxValue);

            long? beforePosition = null;
            if (query.Before is { } before)
            {
                beforePosition = await db.Messages
                    .Where(m => m.Id == before && m.ConversationId == conversationId)
                    .Select(m => (long?)m.Position)
                    .SingleOrDefaultAsync(ct);
                if (beforePosition is null)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["before"] = ["'Before' is not a message of this conversation."],
                    });
                }
            }

            var newestFirst = await db.Messages.AsNoTracking()
                .Where(m => m.ConversationId == conversationId && (beforePosition == null || m.Position < beforePosition))
                .OrderByDescending(m => m.Position)
                .Take(query.Limit + 1)
                .Select(m => new
                {
                    Message = m,
                    RequestId = db.Runs.Where(r => r.UserMessageId == m.Id || r.AssistantMessageId == m.Id).Select(r => (Guid?)r.Id).FirstOrDefault(),
                })
                .ToListAsync(ct);
            await transaction.CommitAsync(ct);

            var hasMore = newestFirst.Count > query.Limit;
            var page = newestFirst.Take(query.Limit).Reverse()
                .Select(row => MessageResponse.From(row.Message, row.RequestId))
                .ToList();
            return TypedResults.Ok(new MessagePage(page, coveredUpTo, hasMore));
        }, cancellationToken);
    }

    public static async Task<Results<Ok<EventPage>, NotFound>> GetEvents(
        Guid conversationId,
        [AsParameters] EventPageQuery query,
        ClaimsPrincipal principal,
        BatonDbContext db,
        CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var lastSeq = await db.Conversations
            .Where(c => c.Id == conversationId && c.OwnerId == userId)
            .Select(c => (long?)c.LastSeq)
            .SingleOrDefaultAsync(cancellationToken);
        if (lastSeq is null)
        {
            return TypedResults.NotFound();
        }

        var events = await db.ConversationEvents.AsNoTracking()
            .Where(e => e.ConversationId == conversationId && e.Seq > query.AfterSeq)
            .OrderBy(e => e.Seq)
            .Take(query.Limit)
            .Select(e => new EventEnvelope(e.Seq, e.Type, e.Payload))
            .ToListAsync(cancellationToken);
        // The counter was read first: a batch stored since can reach past it, so report the higher.
        return TypedResults.Ok(new EventPage(events, Math.Max(lastSeq.Value, events.Count > 0 ? events[^1].Seq : 0)));
    }
}
