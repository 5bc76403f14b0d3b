using System.Security.Claims;
using Baton.Api.Auth;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Invitations;
using Baton.Api.Security;
using Baton.Api.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace Baton.Api.Endpoints.Auth;

public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/auth").WithTags("Auth");

        api.MapPost("sign-up", SignUp)
            .WithName(nameof(SignUp))
            .WithSummary("Create an account and sign in")
            .WithRequestValidation<SignUpRequest>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .AllowAnonymous();
        api.MapGet("sign-up-policy", GetSignUpPolicy)
            .WithName(nameof(GetSignUpPolicy))
            .WithSummary("Whether new accounts may be created")
            .AllowAnonymous();
        api.MapPost("sign-in", SignIn)
            .WithName(nameof(SignIn))
            .WithSummary("Sign in with email and password")
            .WithRequestValidation<SignInRequest>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .AllowAnonymous();
        api.MapPost("refresh", Refresh)
            .WithName(nameof(Refresh))
            .WithSummary("Trade a refresh token for a new access and refresh token")
            .WithDescription("The refresh token comes from the body, else from the refresh cookie; its successor is set as the cookie, and is in the body only for a client that is not a browser. "
                + "Each refresh token works once; presenting a spent one signs the whole session out. "
                + "With neither, there is no session to restore: 204, as for a browser not signed in.")
            .WithRequestValidation<RefreshTokenRequest>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .AllowAnonymous();
        api.MapPost("sign-out", SignOut)
            .WithName(nameof(SignOut))
            .WithSummary("Revoke the session a refresh token belongs to")
            .WithDescription("The refresh token comes from the body or from the refresh cookie, which is cleared.")
            .WithRequestValidation<RefreshTokenRequest>()
            .AllowAnonymous();
        api.MapGet("me", GetCurrentUser)
            .WithName(nameof(GetCurrentUser))
            .WithSummary("The signed-in user")
            .RequireAuthorization();

        return app;
    }

    public static async Task<Results<Ok<AuthTokensResponse>, ProblemHttpResult>> SignUp(
        SignUpRequest request,
        HttpContext context,
        UserManager<BatonUser> users,
        AccessTokenIssuer accessTokens,
        RefreshTokenStore refreshTokens,
        IOptions<AuthOptions> options,
        BatonDbContext db,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (options.Value.SignUp is SignUpPolicy.Closed && request.InvitationCode is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Sign-up is closed",
                detail: "This Baton takes new accounts by invitation only.");
        }

        if (await users.FindByEmailAsync(request.Email) is not null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: "An account with this email exists.");
        }

        var now = time.GetStoredUtcNow();
        Guid? invitationId = null;
        if (options.Value.SignUp is SignUpPolicy.Closed)
        {
            invitationId = await InvitationCodes.SpendAsync(db, request.InvitationCode!, now, cancellationToken);
            if (invitationId is null)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "Invitation not valid",
                    detail: "This invitation was used already or has expired. Ask for a new one.");
            }
        }

        var user = new BatonUser { Id = Guid.CreateVersion7(), UserName = request.Email, Email = request.Email, CreatedAt = now };
        var result = await users.CreateAsync(user, request.Password);
        if (!result.Succeeded)
        {
            if (invitationId is { } unspent)
            {
                await InvitationCodes.ReturnAsync(db, unspent, cancellationToken);
            }

            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                detail: string.Join(" ", result.Errors.Select(error => error.Description)));
        }

        if (invitationId is { } spent)
        {
            await InvitationCodes.RecordUserAsync(db, spent, user.Id, cancellationToken);
        }

        return TypedResults.Ok(await SignInAsync(context, user, accessTokens, refreshTokens, cancellationToken));
    }

    public static Ok<SignUpPolicyResponse> GetSignUpPolicy(IOptions<AuthOptions> options) =>
        TypedResults.Ok(new SignUpPolicyResponse(options.Value.SignUp));

    public static async Task<Results<Ok<AuthTokensResponse>, ProblemHttpResult>> SignIn(
        SignInRequest request,
        HttpContext context,
        UserManager<BatonUser> users,
        AccessTokenIssuer accessTokens,
        RefreshTokenStore refreshTokens,
        CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.Email);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return InvalidCredentials();
        }

        if (!await users.CheckPasswordAsync(user, request.Password))
        {
            await users.AccessFailedAsync(user);
            return InvalidCredentials();
        }

        await users.ResetAccessFailedCountAsync(user);
        return TypedResults.Ok(await SignInAsync(context, user, accessTokens, refreshTokens, cancellationToken));
    }

    public static async Task<Results<Ok<AuthTokensResponse>, NoContent, ProblemHttpResult>> Refresh(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] RefreshTokenRequest? request,
        HttpContext context,
        UserManager<BatonUser> users,
        AccessTokenIssuer accessTokens,
        RefreshTokenStore refreshTokens,
        CancellationToken cancellationToken)
    {
        // A page opening without a session asks too; that is no error, so its console shows none.
        if ((request?.RefreshToken ?? RefreshTokenCookie.Read(context.Request)) is not { } presented)
        {
            return TypedResults.NoContent();
        }

        var rotated = await refreshTokens.RotateAsync(presented, cancellationToken);
        if (rotated is null || await users.FindByIdAsync(rotated.UserId.ToString()) is not { } user)
        {
            RefreshTokenCookie.Clear(context);
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, detail: "The refresh token is not valid.");
        }

        return TypedResults.Ok(Issue(context, user, rotated.Next, accessTokens));
    }

    public static async Task<NoContent> SignOut(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] RefreshTokenRequest? request,
        HttpContext context,
        RefreshTokenStore refreshTokens,
        CancellationToken cancellationToken)
    {
        if ((request?.RefreshToken ?? RefreshTokenCookie.Read(context.Request)) is { } presented)
        {
            await refreshTokens.RevokeAsync(presented, cancellationToken);
        }

        RefreshTokenCookie.Clear(context);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<UserResponse>, NotFound>> GetCurrentUser(
        ClaimsPrincipal principal,
        UserManager<BatonUser> users)
    {
        var user = await users.FindByIdAsync(principal.GetUserId().ToString());
        return user is null ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(user));
    }

    private static async Task<AuthTokensResponse> SignInAsync(
        HttpContext context,
        BatonUser user,
        AccessTokenIssuer accessTokens,
        RefreshTokenStore refreshTokens,
        CancellationToken cancellationToken)
    {
        var refresh = await refreshTokens.IssueAsync(user.Id, cancellationToken);
        return Issue(context, user, refresh, accessTokens);
    }

    /// <summary>
    /// The refresh token goes into the cookie, and into the body only for a client that is not a
    /// browser: a script in a page never gets to read it.
    /// </summary>
    private static AuthTokensResponse Issue(HttpContext context, BatonUser user, IssuedRefreshToken refresh, AccessTokenIssuer accessTokens)
    {
        RefreshTokenCookie.Write(context, refresh);
        var access = accessTokens.Issue(user, refresh.SessionId);
        var refreshToken = BrowserOrigins.IsBrowser(context.Request) ? null : refresh.Token;
        return new AuthTokensResponse(access.Token, access.ExpiresAt, refreshToken, refresh.ExpiresAt, ToResponse(user));
    }

    private static ProblemHttpResult InvalidCredentials() =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, detail: "The email or password is wrong.");

    private static UserResponse ToResponse(BatonUser user) => new(user.Id, user.Email ?? "");
}
