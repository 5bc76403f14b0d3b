using System.Text.RegularExpressions;
using Baton.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// The "Needs you" inbox beside a conversation (the real CLI through the scripted model): a Write waiting
/// for permission in one project shows in another tab's inbox, with its count in the tab's title, and its
/// run is not listed as running beside it; the item opens its conversation; answered in the inbox, the prompt
/// resolves there and in the conversation's tab, and nothing of the run is left in the inbox once it ends.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class InboxTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private const string WrittenFile = "inbox-notes.txt";

    public void Dispose() => chromium.ExpectNoCspViolations();

    [Theory]
    [InlineData(1280, 800, "")]
    [InlineData(390, 844, "-phone")]
    public async Task A_waiting_prompt_is_answered_from_the_inbox_which_lists_its_run_once_and_nothing_of_it_once_done(int width, int height, string suffix)
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        var conversationTab = new WebAppTab(page, app, suffix);
        var root = await conversationTab.StartInNewProjectAsync("inbox");

        var (answer, prompt) = await conversationTab.StepAsync("Claude Code asks to write a file", async () =>
        {
            var sent = await conversationTab.SendAsync($"write {WrittenFile}");
            return (sent, await conversationTab.PendingPromptAsync(sent));
        });
        var promptId = await prompt.GetAttributeAsync("data-prompt-id");
        var requestId = await answer.GetAttributeAsync("data-request-id");
        var conversationUrl = page.Url;

        var inboxTab = new WebAppTab(await page.Context.NewPageAsync(), app, suffix + "-inbox");
        var inbox = inboxTab.Page;
        var waiting = inbox.Locator($"[data-testid=inbox-prompt][data-prompt-id='{promptId}']");
        var running = inbox.Locator($"[data-testid=inbox-running][data-request-id='{requestId}']");
        await inboxTab.StepAsync("Another tab's inbox lists the prompt, not its run as running too, the count in its title", async () =>
        {
            await inbox.SetViewportSizeAsync(width, height);
            await inbox.GotoAsync("/projects");
            await inboxTab.ByTestId("nav-inbox").ClickAsync();
            await Expect(inbox).ToHaveURLAsync(new Regex("/inbox$"));
            await Expect(waiting.GetByTestId("permission-card")).ToHaveAttributeAsync("data-state", "pending");
            await Expect(waiting).ToContainTextAsync(WrittenFile);
            await Expect(running).ToHaveCountAsync(0);
            await ExpectTitleCountsTheListAsync(inbox, atLeast: 1);
            await Expect(inboxTab.ByTestId("inbox-count")).ToBeVisibleAsync();
            Assert.True(await inbox.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page is wider than the screen.");
            await inboxTab.ScreenshotAsync("inbox");
            await AxeAudit.ExpectNoSeriousViolationsAsync(inbox, "inbox" + suffix);
        });

        await inboxTab.StepAsync("The item opens its conversation at the waiting prompt, and Back returns to the inbox", async () =>
        {
            await waiting.GetByTestId("inbox-item-link").ClickAsync();
            await Expect(inbox).ToHaveURLAsync(conversationUrl);
            await Expect(inbox.Locator($"[data-testid=permission-card][data-prompt-id='{promptId}']"))
                .ToHaveAttributeAsync("data-state", "pending", new() { Timeout = WebAppTab.CliTurnTimeout });
            await inbox.GoBackAsync();
            await Expect(waiting.GetByTestId("permission-card")).ToHaveAttributeAsync("data-state", "pending");
        });

        await inboxTab.StepAsync("Allowed in the inbox, the prompt leaves it and resolves in the conversation's tab", async () =>
        {
            await waiting.GetByTestId("permission-allow").ClickAsync();
            await Expect(waiting).ToHaveCountAsync(0);
            await Expect(prompt).ToHaveAttributeAsync("data-state", "resolved", new() { Timeout = WebAppTab.CliTurnTimeout });
            await Expect(prompt).ToContainTextAsync("allowed once");
            await ExpectTitleCountsTheListAsync(inbox, atLeast: 0);
            await Expect(page).ToHaveTitleAsync(await inbox.TitleAsync());
        });

        await inboxTab.StepAsync("The answer ends, and nothing of it is left in the inbox", async () =>
        {
            await Expect(answer).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = WebAppTab.CliTurnTimeout });
            await Expect(running).ToHaveCountAsync(0, new() { Timeout = WebAppTab.CliTurnTimeout });
            Assert.True(File.Exists(Path.Combine(root, WrittenFile)), "The allowed Write did not write the file.");
            await ExpectTitleCountsTheListAsync(inbox, atLeast: 0);
            await inboxTab.ScreenshotAsync("inbox-answered");
        });

        await page.Context.CloseAsync();
    }

    /// <summary>
    /// The inbox tab's title leads with the count of what its list shows as needing the person (waiting prompts
    /// and failures), or is plain "Baton" when nothing does. Earlier tests of the shared signed-in person may
    /// have left items of their own, so the count is checked against the list rather than a fixed number.
    /// </summary>
    private static Task ExpectTitleCountsTheListAsync(IPage inbox, int atLeast) => inbox.WaitForFunctionAsync(
        """
        atLeast => {
          const listed = document.querySelectorAll('[data-testid=inbox-prompt], [data-testid=inbox-failed]').length;
          return listed >= atLeast && document.title === (listed === 0 ? 'Baton' : `(${listed}) Baton`);
        }
        """,
        atLeast);
}
