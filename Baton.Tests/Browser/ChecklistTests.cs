using Baton.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// A run that keeps a todo list (the real CLI's TodoWrite, through the scripted model): the list is
/// pinned above the conversation while the run goes, with each item's state, also after a reload;
/// once the run ends it is gone from there and its TodoWrite cards keep it in the answer.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class ChecklistTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public Task A_running_todo_list_is_pinned_then_kept_in_the_answer() => RunAsync(1280, 800, "");

    [Fact]
    public Task A_running_todo_list_is_pinned_then_kept_in_the_answer_on_a_phone() => RunAsync(390, 844, "-phone");

    private async Task RunAsync(int width, int height, string screenshotSuffix)
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        var tab = new WebAppTab(page, app, screenshotSuffix);
        await tab.StartInNewProjectAsync("checklist");
        var checklist = tab.ByTestId("todo-checklist");

        // The scripted run asks to run a command while its second item is in progress, and waits there.
        var (answer, prompt) = await tab.StepAsync("Start a run that keeps a checklist", async () =>
        {
            var sent = await tab.SendAsync("checklist");
            return (sent, await tab.PendingPromptAsync(sent));
        });

        await tab.StepAsync("The checklist is pinned with each item's state while the run goes", async () =>
        {
            await ExpectRunningChecklistAsync(checklist);
            await tab.ScreenshotAsync("checklist-running");
            await AxeAudit.ExpectNoSeriousViolationsAsync(page, "running checklist" + screenshotSuffix);
        });

        await tab.StepAsync("After a reload the running checklist is pinned again", async () =>
        {
            await page.ReloadAsync();
            await ExpectRunningChecklistAsync(checklist);
        });

        await tab.StepAsync("Once the run ends the checklist is in the answer, all done, and no longer pinned", async () =>
        {
            await prompt.GetByTestId("permission-allow").ClickAsync();
            await Expect(answer).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = WebAppTab.CliTurnTimeout });
            await Expect(checklist).ToHaveCountAsync(0);
            await ExpectAllDoneInTheAnswerAsync(answer);
            await tab.ScreenshotAsync("checklist-in-history");
        });

        await tab.StepAsync("After a reload the finished run shows no pinned checklist", async () =>
        {
            await page.ReloadAsync();
            await ExpectAllDoneInTheAnswerAsync(answer);
            await Expect(checklist).ToHaveCountAsync(0);
        });

        await page.Context.CloseAsync();
    }

    private static async Task ExpectRunningChecklistAsync(ILocator checklist)
    {
        await Expect(checklist).ToBeVisibleAsync();
        await Expect(checklist.GetByTestId("todo-progress")).ToHaveTextAsync("1 of 3 done");
        var items = checklist.GetByTestId("todo-item");
        await Expect(items).ToHaveCountAsync(3);
        await Expect(items.Nth(0)).ToHaveAttributeAsync("data-status", "completed");
        await Expect(items.Nth(0)).ToContainTextAsync("Read the project");
        await Expect(items.Nth(1)).ToHaveAttributeAsync("data-status", "in_progress");
        // The item in progress reads as Claude says it while working on it.
        await Expect(items.Nth(1)).ToContainTextAsync("Writing checklist.txt");
        await Expect(items.Nth(2)).ToHaveAttributeAsync("data-status", "pending");
    }

    private static async Task ExpectAllDoneInTheAnswerAsync(ILocator answer)
    {
        var lists = answer.Locator("[data-testid=tool-card][data-tool=TodoWrite] [data-testid=todo-list]");
        await Expect(lists).ToHaveCountAsync(5);
        var last = lists.Last.GetByTestId("todo-item");
        await Expect(last).ToHaveCountAsync(3);
        await Expect(lists.Last.Locator("[data-status=completed]")).ToHaveCountAsync(3);
    }
}
