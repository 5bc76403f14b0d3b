using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Foundation;

/// <summary>A published API carries the built web app and serves it from its own origin.</summary>
[Collection(ApiCollection.Name)]
public sealed class PublishedApiTests(ApiFixture app)
{
    [Fact]
    public async Task Published_api_serves_the_built_frontend()
    {
        var publishFolder = Path.Combine(Path.GetTempPath(), $"baton-publish-{Guid.NewGuid():N}");
        try
        {
            var publish = await ProcessRunner.RunAsync(
                "dotnet",
                ["publish", RepositoryPaths.Combine("Baton.Api"), "-c", "Release", "-o", publishFolder],
                RepositoryPaths.Root,
                TimeSpan.FromMinutes(5));
            Assert.True(publish.ExitCode == 0, publish.Describe());
            Assert.True(File.Exists(Path.Combine(publishFolder, "wwwroot", "index.html")), "index.html is missing from the published wwwroot.");

            var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
            using var api = await StartPublishedApiAsync(publishFolder, baseAddress);
            using var client = new HttpClient { BaseAddress = baseAddress };

            var home = await client.GetStringAsync("/");
            using var clientRoute = await client.GetAsync("/projects/some-client-side-route");

            Assert.Contains("<div id=\"root\">", home);
            Assert.Equal(HttpStatusCode.OK, clientRoute.StatusCode);
            Assert.Contains("<div id=\"root\">", await clientRoute.Content.ReadAsStringAsync());
        }
        finally
        {
            TestFolders.TryDelete(publishFolder);
        }
    }

    private async Task<RunningProcess> StartPublishedApiAsync(string publishFolder, Uri baseAddress)
    {
        var startInfo = new ProcessStartInfo("dotnet", [Path.Combine(publishFolder, "Baton.Api.dll"), "--urls", baseAddress.ToString()])
        {
            WorkingDirectory = publishFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["ConnectionStrings__baton"] = await app.GetConnectionStringAsync("baton");
        startInfo.Environment["ConnectionStrings__redis"] = await app.GetConnectionStringAsync("redis");
        startInfo.Environment["Auth__SigningKey"] = app.SigningKey;

        var process = new RunningProcess(Process.Start(startInfo)!);
        await process.WaitForOutputAsync("Now listening on", TimeSpan.FromSeconds(60));
        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
