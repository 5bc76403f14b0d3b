using System.Security.Claims;
using Baton.Api.Auth;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Permissions;
using Baton.Api.Push;
using Baton.Api.Validation;
using Baton.Contracts.Errors;
using Baton.Contracts.Permissions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Endpoints.Push;

public static class PushApi
{
    public static IEndpointRouteBuilder MapPushApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/push").WithTags("Push");
        var signedIn = api.MapGroup("").RequireAuthorization();
        signedIn.MapGet("key", GetPushKey)
            .WithName(nameof(GetPushKey))
            .WithSummary("The key a browser subscribes to this Baton's notifications with; 404 when this Baton sends none");
        signedIn.MapPut("subscriptions", Subscribe)
            .WithName(nameof(Subscribe))
            .WithSummary("Notify this browser when Claude waits for the user or a run ends (an https endpoint on a public host)")
            .WithRequestValidation<PushSubscriptionRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        signedIn.MapDelete("subscriptions", Unsubscribe)
            .WithName(nameof(Unsubscribe))
            .WithSummary("Stop notifying this browser")
            .WithRequestValidation<PushUnsubscribeRequest>();
        // A notification's Allow and Deny buttons answer from the service worker, which has no sign-in: its token is the proof.
        api.MapPost("prompt-answers", AnswerPromptFromNotification)
            .AllowAnonymous()
            .WithName(nameof(AnswerPromptFromNotification))
            .WithSummary("Answer one permission prompt with the token its notification carries")
            .WithRequestValidation<PromptAnswerRequest>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static Results<Ok<PushKeyResponse>, ProblemHttpResult> GetPushKey(VapidKeys keys) =>
        keys.PublicKey is { } publicKey
            ? TypedResults.Ok(new PushKeyResponse(publicKey))
            : NotSetUp();

    public static async Task<Results<NoContent, ProblemHttpResult>> Subscribe(
        PushSubscriptionRequest request, ClaimsPrincipal principal, VapidKeys keys, BatonDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!keys.AreConfigured)
        {
            return NotSetUp();
        }

        var userId = principal.GetUserId();
        // A push service gives each browser its own endpoint: subscribing again (or as someone else on a shared browser) takes the row over.
        var device = await db.PushDevices.SingleOrDefaultAsync(d => d.Endpoint == request.Endpoint, cancellationToken);
        if (device is null)
        {
            device = new PushDevice { Id = Guid.CreateVersion7(), Endpoint = request.Endpoint!, P256dh = "", Auth = "" };
            db.PushDevices.Add(device);
        }

        device.UserId = userId;
        device.P256dh = request.Keys!.P256dh!;
        device.Auth = request.Keys.Auth!;
        device.CreatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> Unsubscribe(
        [FromBody] PushUnsubscribeRequest request, ClaimsPrincipal principal, BatonDbContext db, CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        await db.PushDevices.Where(d => d.Endpoint == request.Endpoint && d.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> AnswerPromptFromNotification(
        PromptAnswerRequest request, PromptAnswerTokens tokens, PermissionBroker broker, CancellationToken cancellationToken)
    {
        if (tokens.Read(request.Token!) is not var (promptId, userId))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "This notification can no longer answer: open Baton to answer.");
        }

        var decision = request.Decision == PromptAnswerRequest.Allow ? PermissionDecision.Allow : PermissionDecision.Deny;
        try
        {
            await broker.AnswerAsync(userId, new PermissionResponse(promptId, decision, null, null, null, null), cancellationToken);
            return TypedResults.NoContent();
        }
        catch (HubException refused) when (HubErrors.ExtractCode(refused) is { } code)
        {
            var status = code switch
            {
                ErrorCodes.PromptNotFound => StatusCodes.Status404NotFound,
                ErrorCodes.PromptAlreadyAnswered or ErrorCodes.PromptExpired => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status400BadRequest,
            };
            return TypedResults.Problem(statusCode: status, detail: HubErrors.ExtractText(refused), extensions: new Dictionary<string, object?> { ["code"] = code });
        }
    }

    private static ProblemHttpResult NotSetUp() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "This Baton sends no notifications: it has no VAPID key.");
}
