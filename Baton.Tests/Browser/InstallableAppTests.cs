using System.Buffers.Binary;
using System.Text.Json;
using Baton.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// Baton installs as an app: the page links a valid manifest with its icons, the service worker registers,
/// keeps nothing of the API or the hubs, and with the network gone a reload shows a page saying Baton is
/// offline, whose Try again opens Baton once the network is back.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class InstallableAppTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    public void Dispose() => chromium.ExpectNoCspViolations();

    [Theory]
    [InlineData(1280, 800, "")]
    [InlineData(390, 844, "-phone")]
    public async Task The_app_is_installable_and_says_so_when_it_is_offline(int width, int height, string suffix)
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        var tab = new WebAppTab(page, app, suffix);

        await tab.StepAsync("The page links a manifest with Baton's name, colours and icons in the sizes browsers ask for", async () =>
        {
            await page.GotoAsync("/sign-in");
            await Expect(tab.ByTestId("sign-in-form")).ToBeVisibleAsync();
            var href = await page.Locator("link[rel=manifest]").GetAttributeAsync("href") ?? throw new Xunit.Sdk.XunitException("The page links no manifest.");
            var response = await page.APIRequest.GetAsync(href);
            Assert.Equal(200, response.Status);
            Assert.Contains("manifest+json", response.Headers["content-type"]);
            using var manifest = JsonDocument.Parse(await response.TextAsync());
            var root = manifest.RootElement;
            Assert.Equal("Baton", root.GetProperty("name").GetString());
            Assert.Equal("Baton", root.GetProperty("short_name").GetString());
            Assert.Equal("/", root.GetProperty("start_url").GetString());
            Assert.Equal("standalone", root.GetProperty("display").GetString());
            Assert.Equal("#4f46e5", root.GetProperty("theme_color").GetString());
            Assert.Equal("#f6f7f9", root.GetProperty("background_color").GetString());
            Assert.Equal("#4f46e5", await page.Locator("meta[name=theme-color]").GetAttributeAsync("content"));

            var icons = new List<(int Size, string Purpose)>();
            foreach (var icon in root.GetProperty("icons").EnumerateArray())
            {
                var size = await PngSizeAsync(page, icon.GetProperty("src").GetString()!);
                Assert.Equal($"{size}x{size}", icon.GetProperty("sizes").GetString());
                Assert.Equal("image/png", icon.GetProperty("type").GetString());
                icons.Add((size, icon.GetProperty("purpose").GetString()!));
            }

            Assert.Contains((192, "any"), icons);
            Assert.Contains((512, "any"), icons);
            Assert.Contains((512, "maskable"), icons);
        });

        await tab.StepAsync("The service worker registers, controls the page and keeps nothing of the API or the hubs", async () =>
        {
            var script = await page.EvaluateAsync<string>("async () => (await navigator.serviceWorker.ready).active.scriptURL");
            Assert.EndsWith("/service-worker.js", script);
            await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");
            var cached = await page.EvaluateAsync<string[]>("""
                async () => {
                  const paths = [];
                  for (const name of await caches.keys()) {
                    for (const request of await (await caches.open(name)).keys()) {
                      paths.push(new URL(request.url).pathname);
                    }
                  }
                  return paths;
                }
                """);
            Assert.Contains("/offline.html", cached);
            Assert.DoesNotContain(cached, path => path.StartsWith("/api", StringComparison.Ordinal) || path.StartsWith("/hubs", StringComparison.Ordinal));
        });

        await tab.StepAsync("With the network gone, a reload shows that Baton is offline", async () =>
        {
            await page.Context.SetOfflineAsync(true);
            await page.ReloadAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Baton is offline" })).ToBeVisibleAsync();
            await Expect(page).ToHaveTitleAsync("Baton is offline");
            await Expect(tab.ByTestId("offline-shell")).ToContainTextAsync("cannot reach the Baton server");
            await tab.ScreenshotAsync("offline");
            await AxeAudit.ExpectNoSeriousViolationsAsync(page, "offline page" + suffix);
        });

        await tab.StepAsync("Back online, Try again opens Baton", async () =>
        {
            await page.Context.SetOfflineAsync(false);
            await page.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();
            await Expect(tab.ByTestId("sign-in-form")).ToBeVisibleAsync();
        });

        await page.Context.CloseAsync();
    }

    /// <summary>Fetches a PNG and reads its width from the header, checking it is square.</summary>
    private static async Task<int> PngSizeAsync(IPage page, string path)
    {
        var response = await page.APIRequest.GetAsync(path);
        Assert.Equal(200, response.Status);
        Assert.Equal("image/png", response.Headers["content-type"]);
        var bytes = await response.BodyAsync();
        Assert.True(bytes.AsSpan(1, 3).SequenceEqual("PNG"u8), $"{path} is not a PNG.");
        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4));
        Assert.Equal(width, height);
        return width;
    }
}
