using System.Diagnostics;
using Baton.Tests.Infrastructure;
using Baton.Tests.Security;

namespace Baton.Tests.Browser;

/// <summary>
/// Vite's dev server, which the AppHost runs instead of the built app for work on the web app
/// (<c>Baton:FrontendHotReload</c>), beside the whole app's API: it sends the API's policy but for a nonce
/// on the styles it injects, and a person signs in through it and connects with nothing refused. The
/// other browser tests use the built app, as people do.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class DevServerTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(1);

    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public async Task A_person_signs_in_through_the_dev_server_under_the_apis_policy_with_a_nonce_for_its_styles()
    {
        var address = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}");
        using var devServer = StartDevServer(address);
        await devServer.WaitForOutputAsync(address.ToString(), StartTimeout);

        using var client = new HttpClient();
        using var page = await client.GetAsync(address);
        using var api = await client.GetAsync(new Uri(app.GetEndpoint("api"), "/health"));
        var devPolicy = SecurityHeaderTests.ContentSecurityPolicyOf(page);
        var apiPolicy = SecurityHeaderTests.ContentSecurityPolicyOf(api);
        string[] apart = ["connect-src", "style-src"];
        Assert.Equal(SecurityHeaderTests.DirectivesBesides(apiPolicy, apart), SecurityHeaderTests.DirectivesBesides(devPolicy, apart));
        Assert.Equal($"'self' ws://{address.Authority}", devPolicy["connect-src"]);
        Assert.Matches("^'self' 'nonce-[A-Za-z0-9+/=]+'$", devPolicy["style-src"]);

        var tab = new WebAppTab(await chromium.NewPageAsync(address), app, "-dev-server");
        await tab.SignInAsync(app.SeedEmail, app.SeedPassword);
        await tab.Page.Context.CloseAsync();
    }

    /// <summary>Runs <c>npm run dev</c> as the AppHost does, on <paramref name="address"/>'s port, proxying to the fixture's API.</summary>
    private RunningProcess StartDevServer(Uri address)
    {
        var startInfo = new ProcessStartInfo("npm", ["run", "dev"])
        {
            WorkingDirectory = RepositoryPaths.Combine("Baton.Frontend"),
        };
        startInfo.Environment["PORT"] = address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        startInfo.Environment["services__api__http__0"] = app.GetEndpoint("api").ToString().TrimEnd('/');
        return RunningProcess.Start(startInfo);
    }
}
