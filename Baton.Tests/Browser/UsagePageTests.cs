using Baton.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// After a run of the real CLI (through the scripted model), the conversation shows what its runs
/// used and how full its context is (the live CLI's own count, of its window), and the usage page (from the header) lists the project and today with that run, the page
/// no wider than the screen.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class UsagePageTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public Task A_finished_run_counts_in_the_conversation_and_on_the_usage_page() => RunAsync(1280, 800, "");

    [Fact]
    public Task A_finished_run_counts_in_the_conversation_and_on_the_usage_page_on_a_phone() => RunAsync(390, 844, "-phone");

    private async Task RunAsync(int width, int height, string screenshotSuffix)
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        var tab = new WebAppTab(page, app, screenshotSuffix);
        var projectName = Path.GetFileName(await tab.StartInNewProjectAsync("usage"));

        await tab.StepAsync("A finished run shows in the conversation's totals and context meter", async () =>
        {
            var answer = await tab.SendAsync("Add this answer to my totals");
            await Expect(answer).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = WebAppTab.CliTurnTimeout });
            await Expect(tab.ByTestId("conversation-usage")).ToBeVisibleAsync();
            await Expect(tab.ByTestId("conversation-usage")).ToContainTextAsync("1 run");
            await Expect(tab.ByTestId("conversation-usage")).ToContainTextAsync("$");
            await Expect(tab.ByTestId("context-meter")).ToBeVisibleAsync();
            await Expect(tab.ByTestId("context-meter")).ToContainTextAsync("/ 1M");
            await Expect(tab.ByTestId("context-meter")).ToHaveAttributeAsync("data-warning", "false");
            await tab.ScreenshotAsync("conversation-usage");
        });

        await tab.StepAsync("The usage page lists the project and today with that run", async () =>
        {
            await tab.ByTestId("nav-usage").ClickAsync();
            await Expect(tab.ByTestId("usage-total")).ToContainTextAsync("tokens");
            var project = tab.ByTestId("usage-project").Filter(new() { HasText = projectName });
            await Expect(project).ToHaveCountAsync(1);
            await Expect(project.Locator("td").First).ToHaveTextAsync("1");
            var today = await page.EvaluateAsync<string>("new Date().toLocaleDateString('en-CA')");
            await Expect(tab.Page.Locator($"[data-testid=usage-day][data-day='{today}']")).ToHaveCountAsync(1);
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page is wider than the screen.");
            await tab.ScreenshotAsync("usage");
        });

        await tab.StepAsync("Another period keeps the project's run and survives a reload", async () =>
        {
            await tab.ByTestId("usage-period").SelectOptionAsync("7");
            await page.ReloadAsync();
            await Expect(tab.ByTestId("usage-period")).ToHaveValueAsync("7");
            await Expect(tab.ByTestId("usage-project").Filter(new() { HasText = projectName })).ToHaveCountAsync(1);
        });

        await page.Context.CloseAsync();
    }
}
