using Baton.ScriptedModel.Scenarios;
using Baton.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// A shell command Claude starts in the background (the real CLI's Bash with <c>run_in_background</c>, through the
/// scripted model) outlives the run that started it: the tasks panel shows it running, and when it ends the CLI's
/// own turn reporting it arrives as an answer of its own, opened by the task's notice, while the panel shows it
/// completed; all of it again after a reload. A task that would run on is stopped from the panel: it shows stopped at
/// once, with no turn of Claude's, and after a reload.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class BackgroundTaskTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public Task A_background_task_shows_in_the_panel_and_its_report_arrives_after_the_run() => RunAsync(1280, 800, "");

    [Fact]
    public Task A_background_task_shows_in_the_panel_and_its_report_arrives_after_the_run_on_a_phone() => RunAsync(390, 844, "-phone");

    [Fact]
    public Task A_running_background_task_is_stopped_from_the_panel() => StopAsync(1280, 800, "");

    [Fact]
    public Task A_running_background_task_is_stopped_from_the_panel_on_a_phone() => StopAsync(390, 844, "-phone");

    private async Task RunAsync(int width, int height, string screenshotSuffix)
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        var tab = new WebAppTab(page, app, screenshotSuffix);
        await tab.StartInNewProjectAsync("background");
        var panel = tab.ByTestId("background-tasks");
        var task = panel.GetByTestId("background-task");
        var report = page.Locator("[data-testid=assistant-message]").Filter(new() { HasText = BackgroundScript.ReportOpening });

        var answer = await tab.StepAsync("Ask for a command in the background; the run ends while it runs", async () =>
        {
            var sent = await tab.SendAsync("background");
            // The CLI may ask before it runs the command; allowed, it goes on.
            var allow = sent.GetByTestId("permission-allow");
            var ended = sent.And(page.Locator("[data-status=completed]"));
            await Expect(allow.Or(ended)).ToBeVisibleAsync(new() { Timeout = WebAppTab.CliTurnTimeout });
            if (await allow.IsVisibleAsync())
            {
                await allow.ClickAsync();
            }

            await Expect(sent).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = WebAppTab.CliTurnTimeout });
            await Expect(sent).ToContainTextAsync(BackgroundScript.StartedText);
            await Expect(sent).ToContainTextAsync("Background task started: Do some work in the background");
            return sent;
        });

        await tab.StepAsync("When the command ends, Claude Code's report arrives as an answer of its own and the task shows completed", async () =>
        {
            await Expect(report).ToHaveCountAsync(1, new() { Timeout = WebAppTab.CliTurnTimeout });
            await Expect(report).ToContainTextAsync("Background task completed: Background command \"Do some work in the background\" completed (exit code 0)");
            await Expect(report).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = WebAppTab.CliTurnTimeout });
            await ExpectCompletedTaskAsync(panel, task);
            await tab.ScreenshotAsync("background-task-reported");
        });

        await tab.StepAsync("After a reload the answer, the report and the completed task are still there", async () =>
        {
            await page.ReloadAsync();
            await Expect(answer).ToContainTextAsync(BackgroundScript.StartedText);
            await Expect(report).ToContainTextAsync(BackgroundScript.ReportOpening);
            await ExpectCompletedTaskAsync(panel, task);
            await tab.ScreenshotAsync("background-task-after-reload");
        });

        await page.Context.CloseAsync();
    }

    private async Task StopAsync(int width, int height, string screenshotSuffix)
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        var tab = new WebAppTab(page, app, screenshotSuffix);
        await tab.StartInNewProjectAsync("stop-task");
        var panel = tab.ByTestId("background-tasks");
        var task = panel.GetByTestId("background-task");

        await tab.StepAsync("Ask for a command that runs until stopped; the panel shows it running with a Stop button", async () =>
        {
            var sent = await tab.SendAsync("until stopped");
            var allow = sent.GetByTestId("permission-allow");
            var ended = sent.And(page.Locator("[data-status=completed]"));
            await Expect(allow.Or(ended)).ToBeVisibleAsync(new() { Timeout = WebAppTab.CliTurnTimeout });
            if (await allow.IsVisibleAsync())
            {
                await allow.ClickAsync();
            }

            await Expect(sent).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = WebAppTab.CliTurnTimeout });
            await Expect(panel.GetByTestId("background-tasks-count")).ToHaveTextAsync("1 running");
            await Expect(task).ToHaveAttributeAsync("data-state", "running");
            await Expect(task).ToContainTextAsync(BackgroundScript.LongCommand);
            await Expect(task.GetByTestId("background-task-stop")).ToBeVisibleAsync();
            await tab.ScreenshotAsync("background-task-running");
        });

        await tab.StepAsync("Stop: the task shows stopped without waiting for another turn", async () =>
        {
            await task.GetByTestId("background-task-stop").ClickAsync();
            await ExpectStoppedTaskAsync(panel, task);
            await tab.ScreenshotAsync("background-task-stopped");
        });

        await tab.StepAsync("After a reload the task is still stopped", async () =>
        {
            await page.ReloadAsync();
            await ExpectStoppedTaskAsync(panel, task);
        });

        await page.Context.CloseAsync();
    }

    private static async Task ExpectStoppedTaskAsync(ILocator panel, ILocator task)
    {
        await Expect(panel.GetByTestId("background-tasks-count")).ToHaveTextAsync("1 ended", new() { Timeout = WebAppTab.CliTurnTimeout });
        if (await panel.GetAttributeAsync("open") is null)
        {
            await panel.Locator("summary").ClickAsync();
        }

        await Expect(task).ToHaveAttributeAsync("data-state", "stopped");
        await Expect(task).ToContainTextAsync("Wait until stopped");
        await Expect(task.GetByTestId("background-task-stop")).ToHaveCountAsync(0);
    }

    private static async Task ExpectCompletedTaskAsync(ILocator panel, ILocator task)
    {
        await Expect(panel.GetByTestId("background-tasks-count")).ToHaveTextAsync("1 ended");
        if (await panel.GetAttributeAsync("open") is null)
        {
            await panel.Locator("summary").ClickAsync();
        }

        await Expect(task).ToHaveAttributeAsync("data-state", "completed");
        await Expect(task).ToContainTextAsync("Do some work in the background");
        await Expect(task).ToContainTextAsync(BackgroundScript.Command);
        await Expect(task).ToContainTextAsync("completed (exit code 0)");
    }
}
