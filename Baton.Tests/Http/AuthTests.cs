using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using Baton.Api.Endpoints.Auth;
using Baton.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Baton.Tests.Http;

[Collection(ApiCollection.Name)]
public sealed class AuthTests(ApiFixture app)
{
    [Fact]
    public async Task Sign_up_returns_tokens_that_identify_the_new_user()
    {
        using var user = await ApiUser.SignUpAsync(app);

        var me = await user.GetAsync<UserResponse>("/api/auth/me");

        Assert.Equal(user.Id, me.Id);
        Assert.Equal(user.Email, me.Email);
        Assert.True(user.Tokens.AccessTokenExpiresAt > DateTimeOffset.UtcNow.AddMinutes(50));
        Assert.True(user.Tokens.RefreshTokenExpiresAt > DateTimeOffset.UtcNow.AddDays(29));
    }

    [Fact]
    public async Task Seeded_user_signs_in_with_the_configured_email_and_password()
    {
        var email = await AppParameters.GetAsync(app, "seed-email");
        var password = await AppParameters.GetAsync(app, "seed-password");
        using var client = app.CreateHttpClient("api");

        using var response = await client.PostAsJsonAsync("/api/auth/sign-in", new SignInRequest(email, password), ApiJson.Options);

        Assert.True(response.StatusCode == HttpStatusCode.OK, app.Logs.Tail("api"));
        var tokens = await response.Content.ReadFromJsonAsync<AuthTokensResponse>(ApiJson.Options);
        Assert.Equal(email, tokens!.User.Email);
    }

    [Fact]
    public async Task Sign_in_with_a_wrong_password_is_refused()
    {
        using var user = await ApiUser.SignUpAsync(app);
        using var client = app.CreateHttpClient("api");

        using var response = await client.PostAsJsonAsync("/api/auth/sign-in", new SignInRequest(user.Email, "not-the-password"), ApiJson.Options);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Sign_in_with_an_unknown_email_is_refused_the_same_way()
    {
        using var client = app.CreateHttpClient("api");

        using var response = await client.PostAsJsonAsync("/api/auth/sign-in", new SignInRequest("nobody@baton.test", "whatever-password"), ApiJson.Options);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Sign_up_with_an_email_already_taken_is_a_conflict()
    {
        using var user = await ApiUser.SignUpAsync(app);
        using var client = app.CreateHttpClient("api");

        using var response = await client.PostAsJsonAsync("/api/auth/sign-up", new SignUpRequest(user.Email, ApiUser.Password), ApiJson.Options);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("not-an-email", "long-enough-password", "email")]
    [InlineData("someone@baton.test", "short", "password")]
    [InlineData("", "long-enough-password", "email")]
    public async Task Sign_up_with_invalid_fields_is_a_validation_problem(string email, string password, string field)
    {
        using var client = app.CreateHttpClient("api");

        using var response = await client.PostAsJsonAsync("/api/auth/sign-up", new SignUpRequest(email, password), ApiJson.Options);

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }

    [Theory]
    [InlineData("{\"email\":")]
    [InlineData("[1,2,3]")]
    [InlineData("not json")]
    public async Task Malformed_bodies_are_bad_requests_with_problem_details(string body)
    {
        using var client = app.CreateHttpClient("api");

        using var response = await client.PostAsync("/api/auth/sign-in", new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Refresh_issues_a_new_pair_and_the_new_access_token_works()
    {
        using var user = await ApiUser.SignUpAsync(app);
        using var anonymous = app.CreateHttpClient("api");

        var refreshed = await RefreshAsync(anonymous, user.RefreshToken);

        Assert.NotNull(refreshed);
        Assert.NotEqual(user.RefreshToken, refreshed.RefreshToken);
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", refreshed.AccessToken);
        using var me = await anonymous.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task Refresh_token_used_twice_revokes_its_whole_family()
    {
        using var user = await ApiUser.SignUpAsync(app);
        using var client = app.CreateHttpClient("api");
        var first = user.RefreshToken;
        var second = (await RefreshAsync(client, first))!.RefreshToken!;

        using var reuse = await PostRefreshAsync(client, first);
        using var successor = await PostRefreshAsync(client, second);

        await ProblemAssert.IsProblemAsync(reuse, HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(successor, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Refresh_token_rotated_on_one_instance_is_spent_on_the_other()
    {
        using var user = await ApiUser.SignUpAsync(app);
        using var api = app.CreateHttpClient("api");
        using var api2 = app.CreateHttpClient("api2");
        await RefreshAsync(api, user.RefreshToken);

        using var reuse = await PostRefreshAsync(api2, user.RefreshToken);

        await ProblemAssert.IsProblemAsync(reuse, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Unknown_refresh_token_is_refused()
    {
        using var client = app.CreateHttpClient("api");

        using var response = await PostRefreshAsync(client, "brt_not-a-real-token");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Sign_out_revokes_the_refresh_token()
    {
        using var user = await ApiUser.SignUpAsync(app);
        using var client = app.CreateHttpClient("api");

        using var signOut = await client.PostAsJsonAsync("/api/auth/sign-out", new RefreshTokenRequest(user.RefreshToken), ApiJson.Options);
        using var refresh = await PostRefreshAsync(client, user.RefreshToken);

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        await ProblemAssert.IsProblemAsync(refresh, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Access_token_issued_by_one_instance_is_accepted_by_the_other()
    {
        using var user = await ApiUser.SignUpAsync(app, "api");
        using var api2 = user.ClientOf("api2");

        using var response = await api2.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Expired_access_token_is_refused()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var issuedAt = DateTime.UtcNow.AddHours(-2);
        var expired = CreateAccessToken(user.Id, app.SigningKey, issuedAt, expires: issuedAt.AddHours(1));

        using var response = await GetMeAsync(expired);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Access_token_signed_with_another_key_is_refused()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var forged = CreateAccessToken(user.Id, new string('k', 64), DateTime.UtcNow, expires: DateTime.UtcNow.AddHours(1));

        using var response = await GetMeAsync(forged);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Access_token_made_with_the_right_key_is_accepted()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var token = CreateAccessToken(user.Id, app.SigningKey, DateTime.UtcNow, expires: DateTime.UtcNow.AddHours(1));

        using var response = await GetMeAsync(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Access_token_in_the_query_string_counts_only_on_the_hubs()
    {
        using var user = await ApiUser.SignUpAsync(app);
        using var client = app.CreateHttpClient("api");

        using var response = await client.GetAsync($"/api/auth/me?access_token={user.Tokens.AccessToken}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Bridge_token_does_not_open_user_endpoints()
    {
        using var client = app.CreateHttpClient("api");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", app.BridgeToken);

        using var response = await client.GetAsync("/api/projects");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    private async Task<HttpResponseMessage> GetMeAsync(string accessToken)
    {
        using var client = app.CreateHttpClient("api");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await client.GetAsync("/api/auth/me");
    }

    private static Task<HttpResponseMessage> PostRefreshAsync(HttpClient client, string refreshToken) =>
        client.PostAsJsonAsync("/api/auth/refresh", new RefreshTokenRequest(refreshToken), ApiJson.Options);

    private static async Task<AuthTokensResponse?> RefreshAsync(HttpClient client, string refreshToken)
    {
        using var response = await PostRefreshAsync(client, refreshToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<AuthTokensResponse>(ApiJson.Options);
    }

    private static string CreateAccessToken(Guid userId, string signingKey, DateTime issuedAt, DateTime expires) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "baton",
            Audience = "baton",
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = expires,
            Subject = new ClaimsIdentity([new Claim("sub", userId.ToString())]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });
}
