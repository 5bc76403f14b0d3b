using System.Net.Http.Headers;
using System.Net.Http.Json;
using Baton.Api.Endpoints.Auth;
using Baton.Api.Endpoints.Bridges;
using Baton.Api.Endpoints.Chat;
using Baton.Api.Endpoints.Projects;

namespace Baton.Tests.Infrastructure;

/// <summary>A freshly signed-up user with an authenticated client, and shortcuts to make what tests need.</summary>
public sealed class ApiUser(BatonAppFixture app, HttpClient client, AuthTokensResponse tokens) : IDisposable
{
    public const string Password = "Test-password-1";

    public HttpClient Client { get; } = client;

    public AuthTokensResponse Tokens { get; } = tokens;

    public Guid Id => Tokens.User.Id;

    /// <summary>The refresh token, which the API puts in the body for a client that is not a browser (this one).</summary>
    public string RefreshToken => Tokens.RefreshToken ?? throw new InvalidOperationException("The API sent no refresh token in the body.");

    public string Email => Tokens.User.Email;

    public static Task<ApiUser> SignUpAsync(BatonAppFixture app, string resource = "api") =>
        AuthenticateAsync(app, resource, "/api/auth/sign-up", new SignUpRequest($"user-{Guid.NewGuid():N}@baton.test", Password));

    /// <summary>Signs in an existing user, e.g. the one the local run seeds.</summary>
    public static Task<ApiUser> SignInAsync(BatonAppFixture app, string email, string password, string resource = "api") =>
        AuthenticateAsync(app, resource, "/api/auth/sign-in", new SignInRequest(email, password));

    private static async Task<ApiUser> AuthenticateAsync(BatonAppFixture app, string resource, string path, object credentials)
    {
        var client = app.CreateHttpClient(resource);
        using var response = await client.PostAsJsonAsync(path, credentials, ApiJson.Options);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var tokens = (await response.Content.ReadFromJsonAsync<AuthTokensResponse>(ApiJson.Options))!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return new ApiUser(app, client, tokens);
    }

    /// <summary>A client of another API instance carrying this user's access token.</summary>
    public HttpClient ClientOf(string resource)
    {
        var other = app.CreateHttpClient(resource);
        other.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.AccessToken);
        return other;
    }

    public Task<CreatedBridgeResponse> CreateBridgeAsync(string? name = null) =>
        PostAsync<CreatedBridgeResponse>("/api/bridges", new CreateBridgeRequest(name ?? $"bridge-{Guid.NewGuid():N}"));

    public async Task<ProjectResponse> CreateProjectAsync(Guid? bridgeId = null, string? name = null)
    {
        var bridge = bridgeId ?? (await CreateBridgeAsync()).Id;
        var projectName = name ?? $"project-{Guid.NewGuid():N}";
        return await PostAsync<ProjectResponse>("/api/projects", new ProjectRequest(projectName, $"/srv/{projectName}", bridge));
    }

    public Task<ConversationResponse> CreateConversationAsync(Guid projectId, string? title = null) =>
        PostAsync<ConversationResponse>("/api/chat/conversations", new CreateConversationRequest(projectId, title, null, null));

    public async Task<UploadResponse> UploadAsync(byte[] content, string fileName = "notes.txt", string mediaType = "text/plain", Guid? conversationId = null)
    {
        using var response = await Client.PostAsync("/api/chat/upload", UploadForm.Create(content, fileName, mediaType, conversationId));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<UploadResponse>(ApiJson.Options))!;
    }

    public async Task<T> GetAsync<T>(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(ApiJson.Options))!;
    }

    public async Task<T> PostAsync<T>(string path, object body)
    {
        using var response = await Client.PostAsJsonAsync(path, body, ApiJson.Options);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(ApiJson.Options))!;
    }

    public void Dispose() => Client.Dispose();
}
