using System.Security.Claims;
using Baton.Api.Auth;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Baton.Api.Endpoints.Chat;

public static class UploadsApi
{
    // Room for the multipart boundaries and headers around the file itself.
    private const long MultipartOverheadBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapUploadsApi(this IEndpointRouteBuilder app)
    {
        var maxBytes = app.ServiceProvider.GetRequiredService<IOptions<UploadOptions>>().Value.MaxBytes;
        var api = app.MapGroup("api/chat").WithTags("Uploads").RequireAuthorization();

        api.MapPost("upload", Upload)
            .WithName(nameof(Upload))
            .WithSummary("Upload a file to attach to a message")
            .WithDescription("Multipart form with `file` and an optional `conversationId`. Images (png, jpeg, gif, webp), text, JSON and PDF.")
            .WithMetadata(new RequestSizeLimitAttribute(maxBytes + MultipartOverheadBytes))
            .WithFormOptions(multipartBodyLengthLimit: maxBytes + MultipartOverheadBytes)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            // Bearer tokens, not cookies, authenticate this API, so there is no cross-site request to forge.
            .DisableAntiforgery();
        api.MapGet("uploads/{id:guid}", DownloadUpload)
            .WithName(nameof(DownloadUpload))
            .WithSummary("Download one of the user's uploads")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");

        return app;
    }

    public static async Task<Results<Created<UploadResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Upload(
        IFormFile file,
        [FromForm] Guid? conversationId,
        ClaimsPrincipal principal,
        BatonDbContext db,
        IOptions<UploadOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        if (file.Length > options.Value.MaxBytes)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                detail: $"The file is larger than {options.Value.MaxBytes} bytes.");
        }

        if (UploadMediaTypes.Normalize(file.ContentType) is not { } mediaType)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                detail: "Attach images (png, jpeg, gif, webp), text, JSON or PDF.");
        }

        if (UploadFileName.Sanitize(file.FileName) is not { } fileName)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["The file needs a name."] });
        }

        if (conversationId is { } id && !await db.Conversations.AnyAsync(c => c.Id == id && c.OwnerId == userId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        var upload = new Upload
        {
            Id = Guid.CreateVersion7(),
            OwnerId = userId,
            ConversationId = conversationId,
            FileName = fileName,
            MediaType = mediaType,
            Size = content.Length,
            Content = content,
            CreatedAt = time.GetUtcNow(),
        };
        db.Uploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/chat/uploads/{upload.Id}", UploadResponse.From(upload));
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> DownloadUpload(
        Guid id, ClaimsPrincipal principal, BatonDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var upload = await db.Uploads.AsNoTracking()
            .Where(u => u.Id == id && u.OwnerId == userId)
            .Select(u => new { u.FileName, u.MediaType, u.Content })
            .SingleOrDefaultAsync(cancellationToken);
        if (upload is null)
        {
            return TypedResults.NotFound();
        }

        // Served as a download and never sniffed, so an uploaded HTML file cannot run as a page of this origin.
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(upload.Content, upload.MediaType, upload.FileName);
    }
}
