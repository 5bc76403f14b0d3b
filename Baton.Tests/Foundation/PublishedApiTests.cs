using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Baton.Tests.Infrastructure;
using Baton.Tests.Security;

namespace Baton.Tests.Foundation;

/// <summary>
/// A published API carries the built web app and the bridge people download, serves them from its
/// own origin with the health endpoints a platform probes, and is the image's entrypoint.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class PublishedApiTests(ApiFixture app)
{
    // What azd builds the API's image for.
    private const string ContainerRuntime = "linux-x64";

    [Fact]
    public async Task Published_api_serves_the_built_frontend_with_its_hashed_assets_and_the_bridge_download()
    {
        var publishFolder = Path.Combine(Path.GetTempPath(), $"baton-publish-{Guid.NewGuid():N}");
        try
        {
            var publish = await ProcessRunner.RunAsync(
                "dotnet",
                ["publish", RepositoryPaths.Combine("Baton.Api"), "-c", "Release", "-r", ContainerRuntime, "--self-contained", "false", "-o", publishFolder],
                RepositoryPaths.Root,
                TimeSpan.FromMinutes(5));
            Assert.True(publish.ExitCode == 0, publish.Describe());
            var indexPath = Path.Combine(publishFolder, "wwwroot", "index.html");
            Assert.True(File.Exists(indexPath), "index.html is missing from the published wwwroot.");
            var assets = HashedAssets(await File.ReadAllTextAsync(indexPath));
            Assert.Contains(assets, asset => asset.EndsWith(".js", StringComparison.Ordinal));
            Assert.Contains(assets, asset => asset.EndsWith(".css", StringComparison.Ordinal));
            Assert.All(assets, asset => Assert.True(File.Exists(Path.Combine(publishFolder, "wwwroot", asset)), $"{asset} is missing from the published wwwroot."));

            using var api = await StandaloneApi.StartAsync(app, publishFolder);
            using var client = api.CreateHttpClient();

            using var homeResponse = await client.GetAsync("/");
            var home = await homeResponse.Content.ReadAsStringAsync();
            using var clientRoute = await client.GetAsync("/projects/some-client-side-route");
            using var script = await client.GetAsync("/" + assets.First(asset => asset.EndsWith(".js", StringComparison.Ordinal)));
            // What a deployment's readiness and liveness probes ask, in the Production environment a published API runs in.
            var readiness = await client.GetStringAsync("/health");
            var liveness = await client.GetStringAsync("/alive");

            Assert.Contains("<div id=\"root\">", home);
            // The page keeps to its own policy: no inline script or style for 'self' to refuse.
            var policy = SecurityHeaderTests.ContentSecurityPolicyOf(homeResponse);
            Assert.Equal("'self'", policy["script-src"]);
            Assert.Equal("'self'", policy["style-src"]);
            Assert.DoesNotMatch(InlineScript(), home);
            Assert.DoesNotContain("<style", home, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(HttpStatusCode.OK, clientRoute.StatusCode);
            Assert.Contains("<div id=\"root\">", await clientRoute.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
            Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Healthy", readiness);
            Assert.Equal("Healthy", liveness);

            await AssertServesTheBridgePackageAsync(client, publishFolder);
        }
        finally
        {
            TestFolders.TryDelete(publishFolder);
        }
    }

    [Fact]
    public async Task Api_image_runs_the_api_assembly()
    {
        var evaluation = await ProcessRunner.RunAsync(
            "dotnet",
            ["msbuild", RepositoryPaths.Combine("Baton.Api", "Baton.Api.csproj"), "-t:ComputeContainerConfig", $"-p:RuntimeIdentifier={ContainerRuntime}",
                "-getProperty:ContainerRepository", "-getProperty:ContainerBaseImage", "-getItem:ContainerAppCommand"],
            RepositoryPaths.Root,
            TimeSpan.FromMinutes(2));
        Assert.True(evaluation.ExitCode == 0, evaluation.Describe());
        using var container = JsonDocument.Parse(evaluation.Output);

        var properties = container.RootElement.GetProperty("Properties");
        var command = container.RootElement.GetProperty("Items").GetProperty("ContainerAppCommand")
            .EnumerateArray().Select(part => part.GetProperty("Identity").GetString()!).ToArray();
        Assert.Equal("baton-api", properties.GetProperty("ContainerRepository").GetString());
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:", properties.GetProperty("ContainerBaseImage").GetString());
        Assert.Equal(["dotnet", "/app/Baton.Api.dll"], command);
    }

    /// <summary>
    /// The bridge is in the image as a .NET tool package for any runtime, anyone may download it, and
    /// once it is gone the API says so with a 404 ProblemDetails.
    /// </summary>
    private static async Task AssertServesTheBridgePackageAsync(HttpClient client, string publishFolder)
    {
        var published = Assert.Single(Directory.GetFiles(Path.Combine(publishFolder, "downloads"), "*.nupkg"));
        using (var archive = ZipFile.OpenRead(published))
        {
            var toolSettings = archive.Entries.Single(entry => entry.FullName == "tools/net10.0/any/DotnetToolSettings.xml");
            using var reader = new StreamReader(toolSettings.Open());
            Assert.Contains("<Command Name=\"baton-bridge\"", await reader.ReadToEndAsync());
            Assert.Contains(archive.Entries, entry => entry.FullName == "tools/net10.0/any/Baton.Bridge.dll");
        }

        var package = await client.GetFromJsonAsync<JsonElement>("/api/downloads/bridge");
        Assert.Equal("baton-bridge", package.GetProperty("packageId").GetString());
        Assert.Equal(Path.GetFileName(published), package.GetProperty("fileName").GetString());
        var url = package.GetProperty("url").GetString()!;
        Assert.Equal(await File.ReadAllBytesAsync(published), await client.GetByteArrayAsync(url));

        File.Delete(published);
        using var missing = await client.GetAsync("/api/downloads/bridge");
        using var missingFile = await client.GetAsync(url);

        var problem = await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.NotFound);
        Assert.Equal("The bridge package is missing", problem.GetProperty("title").GetString());
        await ProblemAssert.IsProblemAsync(missingFile, HttpStatusCode.NotFound);
    }

    /// <summary>The files index.html loads from <c>/assets/</c>, whose names carry a content hash so browsers may cache them for good.</summary>
    private static string[] HashedAssets(string indexHtml) =>
        [.. AssetReference().Matches(indexHtml).Select(match => match.Groups["path"].Value).Distinct()];

    [GeneratedRegex("""(?:src|href)="/(?<path>assets/[^"]+-[A-Za-z0-9_-]{8,}\.(?:js|css))" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex AssetReference();

    /// <summary>A script element without a <c>src</c>: code written into the page.</summary>
    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
