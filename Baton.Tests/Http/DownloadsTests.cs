using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Http;

/// <summary>The API started by the AppHost offers the bridge for download to anyone, without signing in.</summary>
[Collection(ApiCollection.Name)]
public sealed class DownloadsTests(ApiFixture app)
{
    [Fact]
    public async Task Anyone_downloads_the_bridge_as_a_dotnet_tool_package()
    {
        using var client = app.CreateHttpClient("api");

        var package = await client.GetFromJsonAsync<JsonElement>("/api/downloads/bridge");
        var fileName = package.GetProperty("fileName").GetString()!;
        using var download = await client.GetAsync(package.GetProperty("url").GetString());

        Assert.Equal("baton-bridge", package.GetProperty("packageId").GetString());
        Assert.Equal($"baton-bridge.{package.GetProperty("version").GetString()}.nupkg", fileName);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(fileName, download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        using var archive = new ZipArchive(await download.Content.ReadAsStreamAsync());
        Assert.Contains(archive.Entries, entry => entry.FullName == "tools/net10.0/any/Baton.Bridge.dll");
    }

    [Fact]
    public async Task A_file_the_server_does_not_offer_is_a_problem_404()
    {
        using var client = app.CreateHttpClient("api");

        using var response = await client.GetAsync("/api/downloads/baton-bridge.0.0.1.nupkg");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("No such download", problem.GetProperty("title").GetString());
    }
}
