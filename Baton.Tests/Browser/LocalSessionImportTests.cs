using Baton.Tests.Infrastructure;
using Baton.Tests.LocalSessions;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// A session made by the bare CLI in a project's folder opens in Baton from "Open a local session" with its
/// history; the next message continues it (the model counts the turns), turns the terminal adds after that
/// show when the conversation is opened again, and Baton's next message continues from them. Opening the
/// session twice gives the same conversation.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class LocalSessionImportTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    public void Dispose() => chromium.ExpectNoCspViolations();

    [Theory]
    [InlineData(1280, 800, "")]
    [InlineData(390, 844, "-phone")]
    public async Task A_terminal_session_is_imported_continued_in_baton_and_shows_the_turns_the_terminal_added(int width, int height, string screenshotSuffix)
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        var tab = new WebAppTab(page, app, screenshotSuffix);
        // The bare CLI here uses the configuration folder the bridge runs the CLI with, as a terminal on its machine would.
        var terminal = new TerminalCli(app.CliConfigDir, app.GetEndpoint("model").ToString());
        var root = await tab.StartInNewProjectAsync("import");
        var (sessionId, _) = await terminal.AskAsync(root, "Hello there");
        await terminal.AskAsync(root, "run echo hi", sessionId);

        var conversationUrl = await tab.StepAsync("The project lists the session the terminal made, and opening it shows its history", async () =>
        {
            await OpenLocalSessionsAsync(tab);
            var session = tab.ByTestId("local-session");
            await Expect(session).ToHaveCountAsync(1, new() { Timeout = 15_000 });
            await Expect(session).ToHaveAttributeAsync("data-session-id", sessionId);
            await Expect(session.GetByTestId("local-session-prompt")).ToHaveTextAsync("run echo hi");
            await Expect(session).ToContainTextAsync("Done. The tool said: hi");
            await tab.ScreenshotAsync("local-sessions");
            await session.ClickAsync();

            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/c/[0-9a-f-]+$"));
            await Expect(tab.ByTestId("message-list")).ToContainTextAsync("Done. The tool said: hi");
            await tab.ScreenshotAsync("local-session-imported");
            var history = await tab.ReadConversationAsync();
            Assert.Equal(["user: Hello there", "user: run echo hi"], history.Where(line => line.StartsWith("user: ", StringComparison.Ordinal)));
            Assert.Contains(history, line => line.Contains("| Bash", StringComparison.Ordinal));
            return page.Url;
        });

        var answer = await tab.SendAsync("How many messages have I sent?");
        await tab.StepAsync("The next message continues the session", async () =>
            await Expect(answer).ToContainTextAsync("You have sent me 3 messages in this conversation.", new() { Timeout = WebAppTab.CliTurnTimeout }));

        var (_, inTerminal) = await terminal.AskAsync(root, "recall, please", sessionId);
        Assert.Equal("You have sent me 4 messages in this conversation.", inTerminal);

        await tab.StepAsync("Opened again, the conversation shows the turn the terminal added", async () =>
        {
            await page.ReloadAsync();
            await Expect(page.Locator("[data-testid=session-notice][data-notice=terminal_turns]")).ToHaveCountAsync(1);
            await Expect(tab.UserMessage("recall, please")).ToBeVisibleAsync();
            await Expect(tab.ByTestId("message-list")).ToContainTextAsync("You have sent me 4 messages in this conversation.");
            await tab.ScreenshotAsync("local-session-terminal-turns");
        });

        var afterTerminal = await tab.SendAsync("How many messages have I sent now?");
        await tab.StepAsync("The next message from Baton continues from the terminal's turn", async () =>
            await Expect(afterTerminal).ToContainTextAsync("You have sent me 5 messages in this conversation.", new() { Timeout = WebAppTab.CliTurnTimeout }));

        await tab.StepAsync("Opening the session again gives the same conversation", async () =>
        {
            await OpenLocalSessionsAsync(tab);
            await tab.ByTestId("local-session").ClickAsync();
            await Expect(tab.ByTestId("local-sessions-dialog")).ToHaveCountAsync(0);
            await Expect(page).ToHaveURLAsync(conversationUrl);
            await Expect(tab.UserMessage("recall, please")).ToHaveCountAsync(1);
            await Expect(tab.ByTestId("conversation-item")).ToHaveCountAsync(2);
        });

        await page.Context.CloseAsync();
    }

    private static async Task OpenLocalSessionsAsync(WebAppTab tab)
    {
        if (await tab.ByTestId("toggle-sidebar").IsVisibleAsync())
        {
            await tab.ByTestId("toggle-sidebar").ClickAsync();
        }

        await tab.ByTestId("open-local-session").ClickAsync();
        await Expect(tab.ByTestId("local-sessions-dialog")).ToBeVisibleAsync();
    }
}
