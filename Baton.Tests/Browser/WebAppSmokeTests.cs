using Baton.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Baton.Tests.Browser;

[Collection(FullAppCollection.Name)]
public sealed class WebAppSmokeTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public async Task Web_app_opens_in_chromium_on_the_sign_in_page_shows_the_api_as_healthy_and_logs_no_error()
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"));
        // A request the browser saw fail (as a refresh refused for want of a session) is logged as an error too.
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add(message.Text);
                }
            }
        };

        await page.GotoAsync("/");

        // The form shows once the page has asked for a session and heard there is none.
        await Assertions.Expect(page.GetByTestId("sign-in-form")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("api-health")).ToHaveTextAsync("Healthy");
        await ChromiumFixture.SaveScreenshotAsync(page, "home");
        lock (errors)
        {
            Assert.Empty(errors);
        }
    }
}
