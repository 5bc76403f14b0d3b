using Baton.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Baton.Tests.Browser;

[Collection(FullAppCollection.Name)]
public sealed class WebAppSmokeTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public async Task Web_app_opens_in_chromium_and_shows_the_api_as_healthy()
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"));

        await page.GotoAsync("/");

        await Assertions.Expect(page.GetByTestId("api-health")).ToHaveTextAsync("Healthy");
        await ChromiumFixture.SaveScreenshotAsync(page, "home");
    }
}
