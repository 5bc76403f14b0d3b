using Baton.Tests.Infrastructure;

namespace Baton.Tests.Browser;

/// <summary>
/// The app's header, a project's and the conversation's run choices keep what they hold in one row on the screen, from
/// a phone's width to a desktop's (where the conversation's tools do not fit beside the choices, they go under them).
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class HeaderTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public async Task The_headers_keep_their_links_and_buttons_in_one_row_from_a_phone_to_a_desktop()
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"));
        var tab = new WebAppTab(page, app);
        await tab.StartInNewProjectAsync("header");

        // A phone, a large phone, a small tablet, a tablet upright and on its side (the sidebar beside the
        // conversation from 769 pixels), a laptop, a desktop.
        foreach (var width in new[] { 390, 481, 600, 768, 820, 1024, 1280 })
        {
            await tab.StepAsync($"At {width} pixels each header keeps what it holds in one row", async () =>
            {
                await page.SetViewportSizeAsync(width, 800);
                await tab.ExpectHeaderFitsAsync();
                await tab.ExpectSideBySideAsync("project-name", "bridge-status", "demo-badge", "tab-chat", "tab-files");
                await tab.ExpectSideBySideAsync("permission-mode-select", "model-select", "effort-select");
                await tab.ScreenshotAsync($"headers-{width}");
            });
        }
    }
}
