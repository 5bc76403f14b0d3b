using System.Security.Claims;
using Baton.Api.Auth;
using Baton.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Endpoints.BridgeAccess;

/// <summary>What a bridge reaches over HTTP with its own token.</summary>
public static class BridgeApi
{
    public static IEndpointRouteBuilder MapBridgeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/bridge").WithTags("Bridge").RequireAuthorization(AuthSchemes.BridgePolicy);

        api.MapGet("uploads/{id:guid}", DownloadAttachment)
            .WithName(nameof(DownloadAttachment))
            .WithSummary("Download an attachment of a run sent to this bridge")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");

        return app;
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> DownloadAttachment(
        Guid id, ClaimsPrincipal principal, BatonDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var bridgeId = principal.GetBridgeId();
        var ownerId = principal.GetBridgeOwnerId();
        var upload = await db.Uploads.AsNoTracking()
            .Where(u => u.Id == id
                && u.OwnerId == ownerId
                && db.RunAttachments.Any(a => a.UploadId == u.Id && db.Runs.Any(r => r.Id == a.RunId && r.BridgeId == bridgeId)))
            .Select(u => new { u.FileName, u.MediaType, u.Content })
            .SingleOrDefaultAsync(cancellationToken);
        if (upload is null)
        {
            return TypedResults.NotFound();
        }

        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(upload.Content, upload.MediaType, upload.FileName);
    }
}
