using System.Security.Claims;
using Baton.Api.Auth;
using Baton.Api.Conversations;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Endpoints.Chat;

public static class ConversationsApi
{
    public static IEndpointRouteBuilder MapConversationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/chat").WithTags("Conversations").RequireAuthorization();

        api.MapPost("conversations", CreateConversation)
            .WithName(nameof(CreateConversation))
            .WithSummary("Start a conversation in a project")
            .WithRequestValidation<CreateConversationRequest>();
        api.MapGet("conversations/{projectId:guid}", ListConversations)
            .WithName(nameof(ListConversations))
            .WithSummary("A project's conversations, most recently changed first")
            .WithRequestValidation<ConversationPageQuery>();
        api.MapGet("conversation/{id:guid}", GetConversation)
            .WithName(nameof(GetConversation))
            .WithSummary("One conversation");
        api.MapPatch("conversation/{id:guid}", UpdateConversation)
            .WithName(nameof(UpdateConversation))
            .WithSummary("Rename, archive or unarchive a conversation")
            .WithRequestValidation<UpdateConversationRequest>();
        api.MapDelete("conversation/{id:guid}", DeleteConversation)
            .WithName(nameof(DeleteConversation))
            .WithSummary("Delete a conversation with its messages, events and attachments");

        return app;
    }

    public static async Task<Results<Created<ConversationResponse>, NotFound>> CreateConversation(
        CreateConversationRequest request,
        ClaimsPrincipal principal,
        BatonDbContext db,
        ConversationNotifier notifier,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        if (!await db.Projects.AnyAsync(p => p.Id == request.ProjectId && p.OwnerId == userId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var now = time.GetStoredUtcNow();
        var conversation = new Conversation
        {
            Id = Guid.CreateVersion7(),
            ProjectId = request.ProjectId,
            OwnerId = userId,
            Title = request.Title ?? ConversationTitle.Default,
            Status = ConversationStatus.Active,
            PermissionMode = request.PermissionMode?.ToStored() ?? StoredPermissionMode.Default,
            Model = request.Model,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Conversations.Add(conversation);
        await db.SaveChangesAsync(cancellationToken);
        await notifier.CreatedAsync(conversation);
        return TypedResults.Created($"/api/chat/conversation/{conversation.Id}", ConversationResponse.From(conversation));
    }

    public static async Task<Results<Ok<ConversationPage>, NotFound>> ListConversations(
        Guid projectId,
        [AsParameters] ConversationPageQuery query,
        ClaimsPrincipal principal,
        BatonDbContext db,
        CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        if (!await db.Projects.AnyAsync(p => p.Id == projectId && p.OwnerId == userId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var conversations = db.Conversations.AsNoTracking().Where(c => c.ProjectId == projectId && c.OwnerId == userId);
        var totalCount = await conversations.CountAsync(cancellationToken);
        var items = await conversations
            .OrderByDescending(c => c.UpdatedAt)
            .ThenByDescending(c => c.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ConversationPage(items.ConvertAll(ConversationResponse.From), query.Page, query.PageSize, totalCount));
    }

    public static async Task<Results<Ok<ConversationResponse>, NotFound>> GetConversation(
        Guid id, ClaimsPrincipal principal, BatonDbContext db, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var conversation = await db.Conversations.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == id && c.OwnerId == userId, cancellationToken);
        return conversation is null ? TypedResults.NotFound() : TypedResults.Ok(ConversationResponse.From(conversation));
    }

    public static async Task<Results<Ok<ConversationResponse>, NotFound>> UpdateConversation(
        Guid id,
        UpdateConversationRequest request,
        ClaimsPrincipal principal,
        BatonDbContext db,
        ConversationNotifier notifier,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var conversation = await db.Conversations.SingleOrDefaultAsync(c => c.Id == id && c.OwnerId == userId, cancellationToken);
        if (conversation is null)
        {
            return TypedResults.NotFound();
        }

        conversation.Title = request.Title ?? conversation.Title;
        conversation.Status = request.Status ?? conversation.Status;
        conversation.UpdatedAt = time.GetStoredUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await notifier.UpdatedAsync(conversation);
        return TypedResults.Ok(ConversationResponse.From(conversation));
    }

    public static async Task<Results<NoContent, NotFound>> DeleteConversation(
        Guid id, ClaimsPrincipal principal, BatonDbContext db, ConversationNotifier notifier, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        // Read first: the project's room hears the deleted conversation's last summary.
        var conversation = await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.OwnerId == userId, cancellationToken);
        if (conversation is null
            || await db.Conversations.Where(c => c.Id == id && c.OwnerId == userId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return TypedResults.NotFound();
        }

        await notifier.DeletedAsync(conversation);
        return TypedResults.NoContent();
    }
}
