using Baton.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// Every main screen passes axe (no serious or critical violation) at desktop and phone width, in
/// light and dark; the phone's conversation drawer is out of the way until opened.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class AccessibilityTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    public void Dispose() => chromium.ExpectNoCspViolations();

    [Theory]
    [InlineData(1280, 800, "light")]
    [InlineData(1280, 800, "dark")]
    [InlineData(390, 844, "light")]
    [InlineData(390, 844, "dark")]
    public async Task Every_main_screen_passes_axe(int width, int height, string scheme)
    {
        var phone = WebAppTab.IsNarrow(width);
        var suffix = $"{(phone ? "-phone" : "")}-{scheme}";
        using var user = await ApiUser.SignUpAsync(app);
        var project = await user.CreateProjectAsync();
        var conversation = await user.CreateConversationAsync(project.Id, "Stored answers");
        await StoredConversation.InsertRunsAsync(app, conversation.Id, project.BridgeId, runs: 3);

        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        await page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        var tab = new WebAppTab(page, app, suffix);

        await tab.StepAsync("The sign-in screen", async () =>
        {
            await page.GotoAsync("/");
            await Expect(tab.ByTestId("sign-in-form")).ToBeVisibleAsync();
            await Expect(tab.ByTestId("sign-in-email")).ToBeFocusedAsync();
            await AxeAudit.ExpectNoSeriousViolationsAsync(page, "sign-in" + suffix);
        });
        await tab.SignInAsync(user.Email, ApiUser.Password);

        await tab.StepAsync("The projects screen", async () =>
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Projects" })).ToBeFocusedAsync();
            await AxeAudit.ExpectNoSeriousViolationsAsync(page, "projects" + suffix);
        });

        await tab.StepAsync("The bridges screen", async () =>
        {
            await tab.ByTestId("nav-bridges").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bridges" })).ToBeFocusedAsync();
            await AxeAudit.ExpectNoSeriousViolationsAsync(page, "bridges" + suffix);
        });

        await tab.StepAsync("A conversation with stored answers", async () =>
        {
            await page.GotoAsync($"/projects/{project.Id}/c/{conversation.Id}");
            await Expect(tab.ByTestId("assistant-message").Filter(new() { HasText = StoredConversation.Answer(3) })).ToBeVisibleAsync();
            await Expect(tab.ByTestId("composer-input")).ToBeFocusedAsync();
            await tab.ScreenshotAsync("accessible-conversation");
            await AxeAudit.ExpectNoSeriousViolationsAsync(page, "conversation" + suffix);
        });

        if (phone)
        {
            await tab.StepAsync("The closed drawer is out of the Tab order; opened it takes focus, Escape closes it", async () =>
            {
                var drawer = tab.ByTestId("project-sidebar");
                await Expect(drawer).ToHaveAttributeAsync("inert", "");
                await tab.ByTestId("toggle-sidebar").ClickAsync();
                await Expect(drawer).Not.ToHaveAttributeAsync("inert", "");
                await Expect(tab.ByTestId("new-conversation")).ToBeFocusedAsync();
                await AxeAudit.ExpectNoSeriousViolationsAsync(page, "conversation drawer" + suffix);
                await page.Keyboard.PressAsync("Escape");
                await Expect(drawer).ToHaveAttributeAsync("inert", "");
                await Expect(tab.ByTestId("toggle-sidebar")).ToBeFocusedAsync();
            });
        }

        await tab.StepAsync("The files screen", async () =>
        {
            await tab.ByTestId("tab-files").ClickAsync();
            await Expect(tab.ByTestId("files-panel")).ToBeVisibleAsync();
            await AxeAudit.ExpectNoSeriousViolationsAsync(page, "files" + suffix);
        });

        await page.Context.CloseAsync();
    }
}
