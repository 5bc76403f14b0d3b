using Baton.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// A conversation shows the command that continues its Claude session in a terminal on the bridge's
/// machine, and that command, run there, is the same session: the model counts the turns sent from the browser.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class TerminalHandoffTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public async Task The_command_shown_for_a_conversation_resumes_its_session_in_a_terminal()
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"));
        var tab = new WebAppTab(page, app);
        var projectName = $"handoff-{Guid.NewGuid():N}"[..16];
        var root = Path.Combine(app.WorkspaceRoot, projectName);
        Directory.CreateDirectory(root);
        await tab.SignInAsync(app.SeedEmail, app.SeedPassword);
        await tab.CreateProjectAsync(projectName, root, "local");
        await tab.StartConversationAsync();

        await tab.StepAsync("Before any message there is no session to continue", async () =>
        {
            await tab.ByTestId("conversation-actions").First.ClickAsync();
            await tab.ByTestId("conversation-continue-in-terminal").ClickAsync();
            await Expect(tab.ByTestId("terminal-command-failed")).ToContainTextAsync("send it a message first");
            await page.Keyboard.PressAsync("Escape");
            await Expect(tab.ByTestId("terminal-command-dialog")).ToHaveCountAsync(0);
        });

        var answer = await tab.SendAsync("Hello");
        await Expect(answer).Not.ToHaveAttributeAsync("data-status", "streaming", new() { Timeout = WebAppTab.CliTurnTimeout });

        var command = await tab.StepAsync("The conversation shows the command that continues it", async () =>
        {
            await tab.ByTestId("conversation-actions").First.ClickAsync();
            await tab.ByTestId("conversation-continue-in-terminal").ClickAsync();
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

        await page.Context.CloseAsync();
    }
}
