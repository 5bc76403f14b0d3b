using System.Security.Claims;
using Baton.Api.Auth;
using Baton.Api.Bridges;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Endpoints.Bridges;

public static class BridgesApi
{
    private const string TokenPrefix = "bbt_";

    public static IEndpointRouteBuilder MapBridgesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/bridges").WithTags("Bridges").RequireAuthorization();

        api.MapGet("", ListBridges)
            .WithName(nameof(ListBridges))
            .WithSummary("The signed-in user's bridges that are not revoked, with whether each is connected");
        api.MapPost("", CreateBridge)
            .WithName(nameof(CreateBridge))
            .WithSummary("Create a bridge and its token")
            .WithDescription("The token is in this response only; Baton keeps its hash.")
            .WithRequestValidation<CreateBridgeRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("{id:guid}", RevokeBridge)
            .WithName(nameof(RevokeBridge))
            .WithSummary("Revoke a bridge: its token is refused from now on, and its open connections are closed");

        return app;
    }

    public static async Task<Ok<BridgeResponse[]>> ListBridges(
        ClaimsPrincipal principal, BatonDbContext db, IBridgePresence presence, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var bridges = await db.Bridges.AsNoTracking()
            .Where(b => b.OwnerId == userId && b.RevokedAt == null)
            .OrderBy(b => b.Name)
            .ToListAsync(cancellationToken);
        var responses = await Task.WhenAll(bridges.Select(async bridge => new BridgeResponse(
            bridge.Id,
            bridge.Name,
            bridge.CreatedAt,
            bridge.LastSeenAt,
            await presence.IsOnlineAsync(bridge.Id, cancellationToken))));
        return TypedResults.Ok(responses);
    }

    public static async Task<Results<Created<CreatedBridgeResponse>, ProblemHttpResult>> CreateBridge(
        CreateBridgeRequest request, ClaimsPrincipal principal, BatonDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        if (await db.Bridges.AnyAsync(b => b.OwnerId == userId && b.Name == request.Name && b.RevokedAt == null, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: "A bridge with this name exists.");
        }

        var token = OpaqueToken.Create(TokenPrefix);
        var bridge = new Bridge
        {
            Id = Guid.CreateVersion7(),
            OwnerId = userId,
            Name = request.Name,
            TokenHash = OpaqueToken.Hash(token),
            CreatedAt = time.GetStoredUtcNow(),
        };
        db.Bridges.Add(bridge);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/bridges/{bridge.Id}", new CreatedBridgeResponse(bridge.Id, bridge.Name, token, bridge.CreatedAt));
    }

    public static async Task<Results<NoContent, NotFound>> RevokeBridge(
        Guid id, ClaimsPrincipal principal, BatonDbContext db, BridgeRevocation revocation, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var now = time.GetStoredUtcNow();
        var revoked = await db.Bridges
            .Where(b => b.Id == id && b.OwnerId == userId && b.RevokedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(b => b.RevokedAt, now), cancellationToken);
        if (revoked == 0)
        {
            return TypedResults.NotFound();
        }

        await revocation.CloseEverywhereAsync(id);
        return TypedResults.NoContent();
    }
}
