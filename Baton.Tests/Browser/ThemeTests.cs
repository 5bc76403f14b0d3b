using Baton.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>The web app is dark or light as the system is, until the person picks a theme, which stays picked.</summary>
[Collection(FullAppCollection.Name)]
public sealed class ThemeTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    // The page background of each palette, as the browser computes it.
    private const string LightBackground = "rgb(246, 247, 249)";
    private const string DarkBackground = "rgb(15, 17, 21)";

    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public async Task The_theme_follows_the_system_until_one_is_picked_and_a_reload_keeps_the_pick()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"));
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        var tab = new WebAppTab(page, app);
        await tab.SignInAsync(user.Email, ApiUser.Password);
        var root = page.Locator("html");
        var toggle = tab.ByTestId("theme-toggle");

        await tab.StepAsync("A dark system gets the dark theme", async () =>
        {
            await Expect(toggle).ToHaveAttributeAsync("data-theme-choice", "system");
            await Expect(root).ToHaveCSSAsync("background-color", DarkBackground);
        });

        await tab.StepAsync("Picking light overrides the dark system, also after a reload", async () =>
        {
            await toggle.ClickAsync();
            await Expect(toggle).ToHaveAttributeAsync("data-theme-choice", "light");
            await Expect(root).ToHaveCSSAsync("background-color", LightBackground);
            await page.ReloadAsync();
            await Expect(root).ToHaveCSSAsync("background-color", LightBackground);
        });

        await tab.StepAsync("Picking dark overrides a light system; following the system again turns light", async () =>
        {
            await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
            await toggle.ClickAsync();
            await Expect(toggle).ToHaveAttributeAsync("data-theme-choice", "dark");
            await Expect(root).ToHaveCSSAsync("background-color", DarkBackground);
            await toggle.ClickAsync();
            await Expect(toggle).ToHaveAttributeAsync("data-theme-choice", "system");
            await Expect(root).ToHaveCSSAsync("background-color", LightBackground);
        });

        await page.Context.CloseAsync();
    }
}
