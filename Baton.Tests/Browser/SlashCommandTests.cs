using Baton.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// Slash commands with the real CLI through the scripted model: <c>/</c> offers the CLI's commands with
/// their descriptions, the project's own among them; a chosen one is sent and answered; <c>/compact</c>
/// leaves a boundary in the history and <c>/clear</c> a new session, also after a reload; a command that
/// works only in a terminal is explained and not sent.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class SlashCommandTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private const string CommandBody = "Say hello to the project.";

    public void Dispose() => chromium.ExpectNoCspViolations();

    [Theory]
    [InlineData(1280, 800, "")]
    [InlineData(390, 844, "-phone")]
    public async Task Slash_offers_the_projects_commands_sends_the_chosen_one_and_marks_compaction_and_new_sessions(int width, int height, string screenshotSuffix)
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        var tab = new WebAppTab(page, app, screenshotSuffix);
        await tab.StartInNewProjectAsync("commands", async folder =>
        {
            Directory.CreateDirectory(Path.Combine(folder, ".claude", "commands"));
            await File.WriteAllTextAsync(
                Path.Combine(folder, ".claude", "commands", "hello.md"),
                $"---\ndescription: Greets the project\n---\n{CommandBody}\n");
        });
        var input = tab.ByTestId("composer-input");

        await tab.StepAsync("Claude Code answers a first message, and so lists its commands", async () =>
        {
            var answer = await tab.SendAsync("Good morning");
            await Expect(answer).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = WebAppTab.CliTurnTimeout });
        });

        await tab.StepAsync("Typing / offers the project's command with its description", async () =>
        {
            await input.FillAsync("/");
            var menu = page.GetByRole(AriaRole.Listbox, new() { Name = "Slash commands" });
            await Expect(menu).ToBeVisibleAsync();
            var hello = menu.Locator("[data-command=hello]");
            await Expect(hello).ToContainTextAsync("/hello");
            await Expect(hello).ToContainTextAsync("Greets the project");
            await Expect(menu.Locator("[data-command=compact]")).ToContainTextAsync("summariz");
            await tab.ScreenshotAsync("slash-command-menu");
        });

        await tab.StepAsync("Choosing it with the keyboard sends it, and Claude answers what the command says", async () =>
        {
            await input.PressSequentiallyAsync("hel");
            await Expect(page.Locator("[data-testid=slash-command-option][aria-selected=true]")).ToHaveAttributeAsync("data-command", "hello");
            await input.PressAsync("Enter");
            var answer = await AnswerToAsync(tab, "/hello");
            await Expect(answer).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = WebAppTab.CliTurnTimeout });
            await Expect(answer).ToContainTextAsync($"You wrote: \"{CommandBody}\"");
        });

        await tab.StepAsync("/compact leaves a boundary in the history", async () =>
        {
            await ChooseAsync(tab, "compact");
            var answer = await AnswerToAsync(tab, "/compact");
            await Expect(answer).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = WebAppTab.CliTurnTimeout });
            await Expect(answer.Locator("[data-testid=session-notice][data-notice=compact_boundary]")).ToBeVisibleAsync();
            await tab.ScreenshotAsync("compact-boundary");
        });

        await tab.StepAsync("/clear starts a new session in the same conversation, clearly marked", async () =>
        {
            await ChooseAsync(tab, "clear");
            var answer = await AnswerToAsync(tab, "/clear");
            await Expect(answer).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = WebAppTab.CliTurnTimeout });
            await Expect(answer.Locator("[data-testid=session-notice][data-notice=new_session]")).ToBeVisibleAsync();
        });

        await tab.StepAsync("A message after /clear is answered in the new session", async () =>
        {
            var answer = await tab.SendAsync("how many messages so far");
            await Expect(answer).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = WebAppTab.CliTurnTimeout });
            await Expect(answer).ToContainTextAsync("You have sent me 1 message in this conversation.");
        });

        await tab.StepAsync("After a reload the boundary and the new session are still marked", async () =>
        {
            await page.ReloadAsync();
            await Expect(page.Locator("[data-testid=session-notice][data-notice=compact_boundary]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=session-notice][data-notice=new_session]")).ToBeVisibleAsync();
        });

        await tab.StepAsync("A second tab on the conversation shows them too", async () =>
        {
            var second = await page.Context.NewPageAsync();
            await second.GotoAsync(page.Url);
            await Expect(second.Locator("[data-testid=session-notice][data-notice=compact_boundary]")).ToBeVisibleAsync(new() { Timeout = WebAppTab.CliTurnTimeout });
            await Expect(second.Locator("[data-testid=session-notice][data-notice=new_session]")).ToBeVisibleAsync();
            await second.CloseAsync();
        });

        await tab.StepAsync("A command that works only in a terminal is explained, not sent", async () =>
        {
            await ChooseAsync(tab, "color");
            var note = tab.ByTestId("terminal-command-note");
            await Expect(note).ToContainTextAsync("works only in Claude Code’s own terminal");
            await Expect(tab.ByTestId("send-button")).ToBeDisabledAsync();
            await Expect(tab.ByTestId("user-message").Filter(new() { HasText = "/color" })).ToHaveCountAsync(0);
            await tab.ScreenshotAsync("terminal-only-command");
        });

        await page.Context.CloseAsync();
    }

    /// <summary>Types the command's name after a slash, waits for the menu to offer it first, and chooses it with Enter.</summary>
    private static async Task ChooseAsync(WebAppTab tab, string name)
    {
        await tab.ByTestId("composer-input").FillAsync($"/{name}");
        await Expect(tab.Page.Locator("[data-testid=slash-command-option][aria-selected=true]")).ToHaveAttributeAsync("data-command", name);
        await tab.ByTestId("composer-input").PressAsync("Enter");
    }

    private static async Task<ILocator> AnswerToAsync(WebAppTab tab, string text)
    {
        var sent = tab.UserMessage(text);
        await Expect(sent).ToHaveAttributeAsync("data-request-id", new System.Text.RegularExpressions.Regex(".+"), new() { Timeout = WebAppTab.CliTurnTimeout });
        return tab.Answer(await sent.GetAttributeAsync("data-request-id") ?? "");
    }
}
