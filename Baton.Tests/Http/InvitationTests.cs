using System.Net;
using System.Net.Http.Json;
using Baton.Api.Endpoints.Auth;
using Baton.Api.Endpoints.Invitations;
using Baton.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Tests.Http;

/// <summary>While sign-up is closed (a deployment), a signed-in user invites the next one with a one-time code.</summary>
[Collection(ApiCollection.Name)]
public sealed class InvitationTests(ApiFixture app) : IAsyncLifetime
{
    private StandaloneApi _closed = null!;

    [Fact]
    public async Task An_invitation_lets_one_person_sign_up_while_sign_up_is_closed_and_is_refused_the_second_time()
    {
        using var owner = await ApiUser.SignInAsync(app, app.SeedEmail, app.SeedPassword);
        var invitation = await owner.PostAsync<CreatedInvitationResponse>("/api/invitations", new { });
        using var client = _closed.CreateHttpClient();
        var invitee = new SignUpRequest(NewEmail(), ApiUser.Password, invitation.Code);

        using var withoutCode = await client.PostAsJsonAsync("/api/auth/sign-up", invitee with { InvitationCode = null }, ApiJson.Options);
        using var signUp = await client.PostAsJsonAsync("/api/auth/sign-up", invitee, ApiJson.Options);
        using var reused = await client.PostAsJsonAsync("/api/auth/sign-up", invitee with { Email = NewEmail() }, ApiJson.Options);
        using var signIn = await client.PostAsJsonAsync("/api/auth/sign-in", new SignInRequest(invitee.Email, invitee.Password), ApiJson.Options);

        Assert.Equal("Sign-up is closed", (await ProblemAssert.IsProblemAsync(withoutCode, HttpStatusCode.Forbidden)).GetProperty("title").GetString());
        Assert.True(signUp.StatusCode == HttpStatusCode.OK, await signUp.Content.ReadAsStringAsync() + _closed.Output);
        Assert.True(invitation.ExpiresAt > DateTimeOffset.UtcNow.AddDays(6), $"Expires at {invitation.ExpiresAt}.");
        Assert.Equal("Invitation not valid", (await ProblemAssert.IsProblemAsync(reused, HttpStatusCode.Forbidden)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task An_expired_invitation_is_refused_and_stays_unspent()
    {
        using var owner = await ApiUser.SignUpAsync(app);
        var invitation = await owner.PostAsync<CreatedInvitationResponse>("/api/invitations", new { });
        await using (var db = await BatonDatabase.OpenAsync(app))
        {
            await db.Invitations.Where(i => i.Id == invitation.Id)
                .ExecuteUpdateAsync(setters => setters.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        using var client = _closed.CreateHttpClient();
        using var signUp = await client.PostAsJsonAsync("/api/auth/sign-up", new SignUpRequest(NewEmail(), ApiUser.Password, invitation.Code), ApiJson.Options);

        Assert.Equal("Invitation not valid", (await ProblemAssert.IsProblemAsync(signUp, HttpStatusCode.Forbidden)).GetProperty("title").GetString());
        await using var check = await BatonDatabase.OpenAsync(app);
        Assert.Null((await check.Invitations.SingleAsync(i => i.Id == invitation.Id)).UsedAt);
    }

    [Fact]
    public async Task An_invitation_is_not_spent_by_a_sign_up_that_fails_and_an_unknown_code_is_refused()
    {
        using var owner = await ApiUser.SignUpAsync(app);
        var invitation = await owner.PostAsync<CreatedInvitationResponse>("/api/invitations", new { });
        using var client = _closed.CreateHttpClient();

        using var taken = await client.PostAsJsonAsync("/api/auth/sign-up", new SignUpRequest(owner.Email, ApiUser.Password, invitation.Code), ApiJson.Options);
        using var unknown = await client.PostAsJsonAsync("/api/auth/sign-up", new SignUpRequest(NewEmail(), ApiUser.Password, "inv_unknown"), ApiJson.Options);
        using var tooLong = await client.PostAsJsonAsync("/api/auth/sign-up", new SignUpRequest(NewEmail(), ApiUser.Password, new string('x', 65)), ApiJson.Options);
        using var signUp = await client.PostAsJsonAsync("/api/auth/sign-up", new SignUpRequest(NewEmail(), ApiUser.Password, invitation.Code), ApiJson.Options);

        await ProblemAssert.IsProblemAsync(taken, HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(tooLong, HttpStatusCode.BadRequest);
        Assert.True(signUp.StatusCode == HttpStatusCode.OK, await signUp.Content.ReadAsStringAsync());
    }

    public async Task InitializeAsync() =>
        _closed = await StandaloneApi.StartAsync(
            app,
            RepositoryPaths.BuildOutput("Baton.Api"),
            new Dictionary<string, string> { ["Auth__SignUp"] = "closed" });

    public Task DisposeAsync()
    {
        _closed.Dispose();
        return Task.CompletedTask;
    }

    private static string NewEmail() => $"invitee-{Guid.NewGuid():N}@baton.test";
}
