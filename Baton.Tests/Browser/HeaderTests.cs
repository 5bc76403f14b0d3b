using Baton.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>The app's header keeps every link and button in one row on the screen, from a phone's width to a desktop's.</summary>
[Collection(FullAppCollection.Name)]
public sealed class HeaderTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public async Task Every_link_and_button_of_the_header_stays_in_view_from_a_phone_to_a_desktop()
    {
        // Its address is longer than most, and the header shows it where there is room.
        using var user = await ApiUser.SignUpAsync(app);
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"));
        var tab = new WebAppTab(page, app);
        await tab.SignInAsync(user.Email, ApiUser.Password);

        // A phone, a large phone, a small tablet, a tablet upright and on its side, a laptop, a desktop.
        foreach (var width in new[] { 390, 481, 600, 768, 820, 1024, 1280 })
        {
            await tab.StepAsync($"At {width} pixels the header keeps its links and buttons in one row", async () =>
            {
                await page.SetViewportSizeAsync(width, 800);
                await tab.ExpectHeaderFitsAsync();
                var address = tab.ByTestId("signed-in-user");
                await (width >= 1280 ? Expect(address).ToBeVisibleAsync() : Expect(address).ToBeHiddenAsync());
            });
        }
    }
}
