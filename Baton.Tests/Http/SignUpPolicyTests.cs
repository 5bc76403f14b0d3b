using System.Net;
using System.Net.Http.Json;
using Baton.Api.Auth;
using Baton.Api.Endpoints.Auth;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Http;

/// <summary>A deployment closes sign-up (Auth:SignUp=closed); a local run leaves it open.</summary>
[Collection(ApiCollection.Name)]
public sealed class SignUpPolicyTests(ApiFixture app)
{
    [Fact]
    public async Task Closed_sign_up_refuses_new_accounts_with_a_problem_and_lets_the_first_user_sign_in()
    {
        using var api = await StandaloneApi.StartAsync(
            app,
            RepositoryPaths.BuildOutput("Baton.Api"),
            new Dictionary<string, string> { ["Auth__SignUp"] = "closed" });
        using var client = api.CreateHttpClient();

        var policy = await client.GetFromJsonAsync<SignUpPolicyResponse>("/api/auth/sign-up-policy", ApiJson.Options);
        using var signUp = await client.PostAsJsonAsync(
            "/api/auth/sign-up", new SignUpRequest($"stranger-{Guid.NewGuid():N}@baton.test", ApiUser.Password), ApiJson.Options);
        using var signIn = await client.PostAsJsonAsync("/api/auth/sign-in", new SignInRequest(app.SeedEmail, app.SeedPassword), ApiJson.Options);

        Assert.Equal(SignUpPolicy.Closed, policy!.SignUp);
        var problem = await ProblemAssert.IsProblemAsync(signUp, HttpStatusCode.Forbidden);
        Assert.Equal("Sign-up is closed", problem.GetProperty("title").GetString());
        Assert.True(signIn.StatusCode == HttpStatusCode.OK, api.Output);
    }

    [Fact]
    public async Task Local_run_keeps_sign_up_open()
    {
        using var client = app.CreateHttpClient("api");

        var policy = await client.GetFromJsonAsync<SignUpPolicyResponse>("/api/auth/sign-up-policy", ApiJson.Options);

        Assert.Equal(SignUpPolicy.Open, policy!.SignUp);
        using var user = await ApiUser.SignUpAsync(app);
    }
}
