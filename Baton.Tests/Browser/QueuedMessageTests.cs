using System.Text.RegularExpressions;
using Baton.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// Messages sent while Claude works (the real CLI streaming the scripted model's long answer): each shows
/// as queued below the conversation, is edited or removed there, shows in a second tab, and starts when
/// the run ends (here by Stop), its reply arriving as any other. "Send now" steers one into the running
/// turn instead: it shows in the answer where Claude took it, and Claude's reply answers it.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class QueuedMessageTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private const string FirstQueued = "first queued note";
    private const string EditedQueued = "edited queued note";
    private const string SecondQueued = "second queued note";
    private const string Steered = "also mention the weather";
    private static readonly Regex HasValue = new(".+");

    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public Task A_message_sent_while_claude_works_waits_in_the_queue_and_starts_when_the_run_ends() => RunAsync(1280, 800, "");

    [Fact]
    public Task A_message_sent_while_claude_works_waits_in_the_queue_and_starts_when_the_run_ends_on_a_phone() => RunAsync(390, 844, "-phone");

    [Fact]
    public Task A_message_sent_now_joins_the_running_turn() => SteerAsync(1280, 800, "");

    [Fact]
    public Task A_message_sent_now_joins_the_running_turn_on_a_phone() => SteerAsync(390, 844, "-phone");

    private async Task SteerAsync(int width, int height, string screenshotSuffix)
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        var tab = new WebAppTab(page, app, screenshotSuffix);
        await tab.StartInNewProjectAsync("steer");
        var queue = tab.ByTestId("queued-messages");

        var (answer, prompt) = await tab.StepAsync("Ask Claude to write a file, and queue a message while it waits for permission", async () =>
        {
            var sent = await tab.SendAsync("write notes.txt");
            var pending = await tab.PendingPromptAsync(sent);
            await QueueAsync(tab, Steered);
            return (sent, pending);
        });

        await tab.StepAsync("Send it now: it leaves the queue for the running turn", async () =>
        {
            await queue.GetByRole(AriaRole.Button, new() { Name = $"Send now: {Steered}" }).ClickAsync();
            await Expect(queue).ToHaveCountAsync(0);
        });

        await tab.StepAsync("Allow the write: Claude takes the message at its next step and answers it in the same run", async () =>
        {
            await prompt.GetByTestId("permission-allow").ClickAsync();
            await Expect(answer).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = WebAppTab.CliTurnTimeout });
            await ExpectSteeredIntoAsync(answer);
            await Expect(tab.UserMessage(Steered)).ToHaveCountAsync(0);
            await tab.ScreenshotAsync("steered-message");
        });

        await tab.StepAsync("After a reload the message is still inside the answer", async () =>
        {
            await page.ReloadAsync();
            await ExpectSteeredIntoAsync(answer);
        });

        await page.Context.CloseAsync();
    }

    private static async Task ExpectSteeredIntoAsync(ILocator answer)
    {
        await Expect(answer.GetByTestId("steered-message")).ToContainTextAsync(Steered);
        await Expect(answer).ToContainTextAsync($"You also said while I worked: \"{Steered}\"");
    }

    private async Task RunAsync(int width, int height, string screenshotSuffix)
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        var tab = new WebAppTab(page, app, screenshotSuffix);
        await tab.StartInNewProjectAsync("queue");
        var queue = tab.ByTestId("queued-messages");

        var running = await tab.StepAsync("Ask for the long answer and queue two messages while it streams", async () =>
        {
            var answer = await tab.SendAsync("long");
            await Expect(answer).ToHaveAttributeAsync("data-status", "streaming");
            await QueueAsync(tab, FirstQueued);
            await QueueAsync(tab, SecondQueued);
            await Expect(queue.GetByTestId("queued-message")).ToContainTextAsync([FirstQueued, SecondQueued]);
            await Expect(tab.UserMessage(FirstQueued)).ToHaveCountAsync(0);
            await tab.ScreenshotAsync("queued-messages");
            return answer;
        });

        await tab.StepAsync("Edit the first queued message and remove the second", async () =>
        {
            // Found by its id from here: while edited, its text is in the box, not on the page.
            var id = await Queued(queue, FirstQueued).GetAttributeAsync("data-queued-id");
            var first = queue.Locator($"[data-queued-id='{id}']");
            await first.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
            var box = first.GetByRole(AriaRole.Textbox, new() { Name = "Queued message" });
            await box.FillAsync(EditedQueued);
            await tab.ScreenshotAsync("queued-message-editing");
            await box.PressAsync("Enter");
            await Expect(Queued(queue, EditedQueued)).ToBeVisibleAsync();
            await queue.GetByRole(AriaRole.Button, new() { Name = $"Remove queued message: {SecondQueued}" }).ClickAsync();
            await Expect(queue.GetByTestId("queued-message")).ToHaveCountAsync(1);
        });

        await tab.StepAsync("A second tab on the conversation shows the queue as it is", async () =>
        {
            var second = new WebAppTab(await page.Context.NewPageAsync(), app, screenshotSuffix);
            await second.Page.SetViewportSizeAsync(width, height);
            await second.Page.GotoAsync(page.Url);
            var secondQueue = second.ByTestId("queued-messages");
            await Expect(secondQueue.GetByTestId("queued-message")).ToHaveCountAsync(1);
            await Expect(Queued(secondQueue, EditedQueued)).ToBeVisibleAsync();
            await second.ScreenshotAsync("queued-messages-second-tab");
            await second.Page.CloseAsync();
        });

        await tab.StepAsync("Stop the run: the queued message starts and its reply arrives", async () =>
        {
            await tab.ByTestId("stop-button").ClickAsync();
            await Expect(running).ToHaveAttributeAsync("data-status", "aborted", new() { Timeout = WebAppTab.CliTurnTimeout });
            var started = tab.UserMessage(EditedQueued);
            await Expect(started).ToHaveAttributeAsync("data-request-id", HasValue, new() { Timeout = WebAppTab.CliTurnTimeout });
            var reply = tab.Answer(await started.GetAttributeAsync("data-request-id") ?? "");
            await Expect(reply).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = WebAppTab.CliTurnTimeout });
            await Expect(reply).ToContainTextAsync($"You wrote: \"{EditedQueued}\"");
            await Expect(queue).ToHaveCountAsync(0);
            await tab.ScreenshotAsync("queued-message-started");
        });

        await tab.StepAsync("After a reload the queue is empty and the message is in the history", async () =>
        {
            await page.ReloadAsync();
            await Expect(tab.UserMessage(EditedQueued)).ToBeVisibleAsync();
            await Expect(tab.UserMessage(SecondQueued)).ToHaveCountAsync(0);
            await Expect(queue).ToHaveCountAsync(0);
        });

        await page.Context.CloseAsync();
    }

    private static async Task QueueAsync(WebAppTab tab, string text)
    {
        await tab.ByTestId("composer-input").FillAsync(text);
        await tab.ByTestId("send-button").ClickAsync();
        await Expect(Queued(tab.ByTestId("queued-messages"), text)).ToBeVisibleAsync();
    }

    private static ILocator Queued(ILocator queue, string text) =>
        queue.GetByTestId("queued-message").Filter(new() { Has = queue.Page.GetByText(text, new() { Exact = true }) });
}
