using Baton.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// A conversation shows the command that continues its Claude session in a terminal on the bridge's
/// machine, and that command, run there, is the same session: the model counts the turns sent from the browser.
/// Opened again, the conversation shows the terminal's turn once beside its own, and Baton's next message
/// continues from it.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class TerminalHandoffTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    public void Dispose() => chromium.ExpectNoCspViolations();

    [Theory]
    [InlineData(1280, 800, "")]
    [InlineData(390, 844, "-phone")]
    public async Task The_command_shown_for_a_conversation_resumes_its_session_in_a_terminal(int width, int height, string screenshotSuffix)
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        var tab = new WebAppTab(page, app, screenshotSuffix);
        var root = await tab.StartInNewProjectAsync("handoff");

        await tab.StepAsync("Before any message there is no session to continue", async () =>
        {
            await tab.ChooseConversationActionAsync("conversation-continue-in-terminal");
            await Expect(tab.ByTestId("terminal-command-failed")).ToContainTextAsync("send it a message first");
            await page.Keyboard.PressAsync("Escape");
            await Expect(tab.ByTestId("terminal-command-dialog")).ToHaveCountAsync(0);
            await tab.CloseDrawerAsync();
        });

        var answer = await tab.SendAsync("Hello");
        await Expect(answer).Not.ToHaveAttributeAsync("data-status", "streaming", new() { Timeout = WebAppTab.CliTurnTimeout });

        var command = await tab.StepAsync("The conversation shows the command that continues it", async () =>
        {
            await tab.ChooseConversationActionAsync("conversation-continue-in-terminal");
            var shown = tab.ByTestId("terminal-command");
            await Expect(shown).ToContainTextAsync("--resume ");
            await tab.ScreenshotAsync("terminal-command");
            return await shown.InnerTextAsync();
        });

        await tab.StepAsync("Run in a terminal, it is the same session", async () =>
        {
            Assert.StartsWith($"cd {root} && ", command);
            var terminal = await ProcessRunner.RunAsync(
                "bash", ["-c", $"{command} -p 'How many messages have I sent?'"], app.WorkspaceRoot, TimeSpan.FromSeconds(90),
                new Dictionary<string, string>
                {
                    ["ANTHROPIC_BASE_URL"] = app.GetEndpoint("model").ToString().TrimEnd('/'),
                    ["ANTHROPIC_API_KEY"] = "baton-demo",
                    ["CLAUDE_CODE_MAX_RETRIES"] = "0",
                });
            Assert.True(terminal.ExitCode == 0, terminal.Describe());
            Assert.Contains("You have sent me 2 messages in this conversation.", terminal.Output);
        });

        await tab.StepAsync("Opened again, the conversation shows the terminal's turn once, under its notice, scrolled to it", async () =>
        {
            await page.ReloadAsync();
            await Expect(page.Locator("[data-testid=session-notice][data-notice=terminal_turns]")).ToHaveCountAsync(1);
            await Expect(tab.UserMessage("How many messages have I sent?")).ToHaveCountAsync(1);
            await Expect(tab.ByTestId("message-list")).ToContainTextAsync("You have sent me 2 messages in this conversation.");
            await Expect(tab.UserMessage("Hello")).ToHaveCountAsync(1);
            // The terminal's turns arrive once the page has loaded: the list follows them to the newest line.
            await Expect(tab.ByTestId("message-list").GetByText("You have sent me 2 messages in this conversation.")).ToBeInViewportAsync();
            await tab.ScreenshotAsync("terminal-turns");
        });

        var afterTerminal = await tab.SendAsync("How many messages have I sent now?");
        await tab.StepAsync("Baton's next message continues from the terminal's turn, and nothing shows twice", async () =>
        {
            await Expect(afterTerminal).ToContainTextAsync("You have sent me 3 messages in this conversation.", new() { Timeout = WebAppTab.CliTurnTimeout });
            await page.ReloadAsync();
            await Expect(tab.UserMessage("How many messages have I sent now?")).ToHaveCountAsync(1);
            await Expect(tab.UserMessage("How many messages have I sent?")).ToHaveCountAsync(1);
            await Expect(tab.UserMessage("Hello")).ToHaveCountAsync(1);
            await Expect(page.Locator("[data-testid=session-notice][data-notice=terminal_turns]")).ToHaveCountAsync(1);
            await Expect(page.Locator("[data-testid=session-notice][data-notice=session_forked]")).ToHaveCountAsync(0);
        });

        await page.Context.CloseAsync();
    }
}
