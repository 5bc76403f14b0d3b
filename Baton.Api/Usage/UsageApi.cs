using System.Security.Claims;
using Baton.Api.Auth;
using Baton.Api.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Api.Usage;

public static class UsageApi
{
    public static IEndpointRouteBuilder MapUsageApi(this IEndpointRouteBuilder app)
    {
        var usage = app.MapGroup("api/usage").WithTags("Usage").RequireAuthorization();
        usage.MapGet("", GetUsageReport)
            .WithName(nameof(GetUsageReport))
            .WithSummary("Tokens and cost of the user's finished runs over the last days: in all, by day and by project")
            .WithRequestValidation<UsageQuery>();
        usage.MapGet("conversations/{conversationId:guid}", GetConversationUsage)
            .WithName(nameof(GetConversationUsage))
            .WithSummary("Tokens and cost of all of a conversation's finished runs");
        return app;
    }

    public static async Task<Ok<UsageReport>> GetUsageReport(
        [AsParameters] UsageQuery query, ClaimsPrincipal principal, UsageLedger ledger, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ledger.ReportAsync(principal.GetUserId(), query.Days, query.TimeZone, cancellationToken));

    public static async Task<Results<Ok<UsageFigures>, NotFound>> GetConversationUsage(
        Guid conversationId, ClaimsPrincipal principal, UsageLedger ledger, CancellationToken cancellationToken) =>
        await ledger.ForConversationAsync(principal.GetUserId(), conversationId, cancellationToken) is { } figures
            ? TypedResults.Ok(figures)
            : TypedResults.NotFound();
}
