using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Baton.Benchmarks.Stack;

/// <summary>A fresh user with bridges, projects and conversations, made through the HTTP API as a person would.</summary>
public sealed class BenchmarkAccount(HttpClient http, string accessToken)
{
    public string AccessToken { get; } = accessToken;

    public static async Task<BenchmarkAccount> SignUpAsync(Uri api)
    {
        var http = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromSeconds(30) };
        var credentials = new { email = $"bench-{Guid.NewGuid():N}@baton.test", password = "Benchmark-password-1" };
        using var response = await http.PostAsJsonAsync("/api/auth/sign-up", credentials);
        await EnsureSuccessAsync(response);
        var tokens = await response.Content.ReadFromJsonAsync<JsonElement>();
        var accessToken = tokens.GetProperty("accessToken").GetString()!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return new BenchmarkAccount(http, accessToken);
    }

    public async Task<(Guid Id, string Token)> CreateBridgeAsync(string name)
    {
        var created = await PostAsync("/api/bridges", new { name });
        return (created.GetProperty("id").GetGuid(), created.GetProperty("token").GetString()!);
    }

    public async Task<Guid> CreateProjectAsync(string name, Guid bridgeId) =>
        (await PostAsync("/api/projects", new { name, rootDirectory = $"/var/tmp/baton-benchmark-projects/{name}", bridgeId })).GetProperty("id").GetGuid();

    public async Task<Guid> CreateConversationAsync(Guid projectId) =>
        (await PostAsync("/api/chat/conversations", new { projectId, title = "benchmark" })).GetProperty("id").GetGuid();

    public async Task<Guid> UserIdAsync() =>
        (await http.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetGuid();

    /// <summary>Searches the account's messages; returns how many hits the page held.</summary>
    public async Task<int> SearchAsync(string query, string order)
    {
        using var response = await http.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}&order={order}");
        await EnsureSuccessAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hits").GetArrayLength();
    }

    private async Task<JsonElement> PostAsync(string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        await EnsureSuccessAsync(response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
