using System.Net;
using System.Net.Http.Json;
using Baton.Contracts.Bridges;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Foundation;

[Collection(FullAppCollection.Name)]
public sealed class WholeAppTests(FullAppFixture app)
{
    private const string PinnedCliVersion = "2.1.328";

    [Fact]
    public async Task Api_reports_healthy_once_postgres_and_redis_answer()
    {
        using var client = app.CreateHttpClient("api");

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Frontend_serves_its_page_and_its_proxy_reaches_the_api()
    {
        using var client = app.CreateHttpClient("frontend");

        var page = await client.GetStringAsync("/");
        var healthThroughProxy = await client.GetStringAsync("/health");

        Assert.Contains("<div id=\"root\">", page);
        Assert.Equal("Healthy", healthThroughProxy);
    }

    [Fact]
    public async Task Bridge_finds_the_pinned_claude_cli()
    {
        using var client = app.CreateHttpClient("bridge");

        var page = await client.GetFromJsonAsync<StatusPage>("/status");

        Assert.NotNull(page);
        Assert.True(page.Status.CliFound, app.Logs.Tail("bridge"));
        Assert.Equal(PinnedCliVersion, page.Status.CliVersion);
    }

    private sealed record StatusPage(bool Connected, BridgeStatus Status);
}
