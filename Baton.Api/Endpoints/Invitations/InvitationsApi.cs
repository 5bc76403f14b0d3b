using System.Security.Claims;
using Baton.Api.Auth;
using Baton.Api.Data;
using Baton.Api.Invitations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Api.Endpoints.Invitations;

public static class InvitationsApi
{
    public static IEndpointRouteBuilder MapInvitationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/invitations").WithTags("Invitations").RequireAuthorization();

        api.MapPost("", CreateInvitation)
            .WithName(nameof(CreateInvitation))
            .WithSummary("Create a one-time invitation code that lets one person sign up while sign-up is closed")
            .WithDescription("The code is in this response only; Baton keeps its hash. It expires after seven days.");

        return app;
    }

    public static async Task<Created<CreatedInvitationResponse>> CreateInvitation(
        ClaimsPrincipal principal, BatonDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var (invitation, code) = await InvitationCodes.IssueAsync(db, principal.GetUserId(), time.GetStoredUtcNow(), cancellationToken);
        return TypedResults.Created($"/api/invitations/{invitation.Id}", new CreatedInvitationResponse(invitation.Id, code, invitation.ExpiresAt));
    }
}
