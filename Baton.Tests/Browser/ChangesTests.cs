using Baton.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// What a run changed, as the real CLI reports it: a Write over an existing file shows the lines it
/// replaced, numbered as in the file, in its card and in the answer's "Changed 1 file" summary, live
/// and after a reload.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class ChangesTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private const string FileName = "existing.txt";

    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public Task A_write_over_an_existing_file_shows_what_it_replaced() => RunAsync(1280, 800, "");

    [Fact]
    public Task A_write_over_an_existing_file_shows_what_it_replaced_on_a_phone() => RunAsync(390, 844, "-phone");

    private async Task RunAsync(int width, int height, string screenshotSuffix)
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        var tab = new WebAppTab(page, app, screenshotSuffix);
        var root = await tab.StartInNewProjectAsync("changes", folder => File.WriteAllTextAsync(Path.Combine(folder, FileName), "first old line\nsecond old line\n"));

        var answer = await tab.StepAsync("Approve a Write over a file that exists", async () =>
        {
            var sent = await tab.SendAsync($"write {FileName}");
            var prompt = await tab.PendingPromptAsync(sent);
            await prompt.GetByTestId("permission-allow").ClickAsync();
            await Expect(sent).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = WebAppTab.CliTurnTimeout });
            return sent;
        });

        await tab.StepAsync("Its card shows the replaced lines, numbered, and the new ones", async () =>
        {
            await ExpectReplacedLinesAsync(answer);
            await tab.ScreenshotAsync("write-over-existing-file");
        });

        await tab.StepAsync("The answer sums up the files the run changed, each with its diff", async () =>
        {
            await ExpectChangesSummaryAsync(answer);
            await tab.ScreenshotAsync("changes-in-run");
        });

        await tab.StepAsync("After a reload the diff and the summary are the same", async () =>
        {
            await page.ReloadAsync();
            await ExpectReplacedLinesAsync(answer);
            await ExpectChangesSummaryAsync(answer);
        });

        await page.Context.CloseAsync();
    }

    private static async Task ExpectChangesSummaryAsync(Microsoft.Playwright.ILocator answer)
    {
        var summary = answer.GetByTestId("run-changes");
        await Expect(summary).ToContainTextAsync("Changed 1 file +2 −2");
        await summary.Locator("summary").First.ClickAsync();

        var file = summary.GetByTestId("run-change");
        await Expect(file).ToHaveAttributeAsync("data-path", new System.Text.RegularExpressions.Regex($"/{FileName}$"));
        await file.Locator("summary").ClickAsync();
        await Expect(file.Locator("[data-diff=removed]")).ToHaveCountAsync(2);
        await Expect(file.Locator("[data-diff=added]").First).ToContainTextAsync("+ Hello from Baton!");
    }

    private static async Task ExpectReplacedLinesAsync(Microsoft.Playwright.ILocator answer)
    {
        var card = answer.GetByTestId("tool-card");
        await Expect(card).ToHaveAttributeAsync("data-state", "done");
        var removed = card.Locator("[data-diff=removed]");
        await Expect(removed).ToHaveCountAsync(2);
        await Expect(removed.First).ToContainTextAsync("1");
        await Expect(removed.First).ToContainTextAsync("- first old line");
        await Expect(card.Locator("[data-diff=added]").First).ToContainTextAsync("+ Hello from Baton!");
    }
}
