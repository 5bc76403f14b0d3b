using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Baton.Api.Auth;
using Baton.Api.Data;
using Baton.Api.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Baton.Api.Endpoints.Chat;

public static class ExportApi
{
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("api/chat").WithTags("Conversations").RequireAuthorization()
            .MapGet("conversation/{id:guid}/export", ExportConversation)
            .WithName(nameof(ExportConversation))
            .WithSummary("Download a conversation as Markdown (to read) or JSON (typed blocks)")
            .WithRequestValidation<ExportQuery>();
        return app;
    }

    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> ExportConversation(
        Guid id,
        [AsParameters] ExportQuery query,
        ClaimsPrincipal principal,
        BatonDbContext db,
        IOptions<JsonOptions> jsonOptions,
        CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var conversation = await db.Conversations.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == id && c.OwnerId == userId, cancellationToken);
        if (conversation is null)
        {
            return TypedResults.NotFound();
        }

        var messages = await db.Messages.AsNoTracking()
            .Where(m => m.ConversationId == id)
            .OrderBy(m => m.Position)
            .Select(m => new
            {
                Message = m,
                RequestId = db.Runs.Where(r => r.UserMessageId == m.Id || r.AssistantMessageId == m.Id).Select(r => (Guid?)r.Id).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var export = new ConversationExport(
            ConversationResponse.From(conversation), [.. messages.Select(row => MessageResponse.From(row.Message, row.RequestId))]);
        var fileName = ExportFileName.For(conversation.Title);
        return query.Format == ExportQuery.Json
            ? TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(export, jsonOptions.Value.SerializerOptions), "application/json", $"{fileName}.json")
            : TypedResults.File(Encoding.UTF8.GetBytes(ConversationMarkdown.Write(export)), "text/markdown; charset=utf-8", $"{fileName}.md");
    }
}
