using Baton.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// A person who uses only the keyboard (and a screen reader) goes from sign-in to answering a
/// permission prompt: focus lands where the next thing to do is, and the prompt is announced.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class KeyboardOnlyTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    // Enough Tab presses to reach anything on a page, few enough to fail fast when focus is lost.
    private const int MaxTabs = 60;

    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public async Task Signs_in_opens_a_project_starts_a_conversation_and_answers_a_prompt_with_the_keyboard_alone()
    {
        var projectName = $"kb-{Guid.NewGuid():N}"[..14];
        var root = Path.Combine(app.WorkspaceRoot, projectName);
        Directory.CreateDirectory(root);
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"));
        var tab = new WebAppTab(page, app, "-keyboard");
        var keyboard = page.Keyboard;
        var composer = tab.ByTestId("composer-input");
        var announcer = tab.ByTestId("chat-announcer");

        await tab.StepAsync("Sign in: the email field has focus", async () =>
        {
            await page.GotoAsync("/");
            await Expect(tab.ByTestId("sign-in-email")).ToBeFocusedAsync();
            await keyboard.TypeAsync(app.SeedEmail);
            await keyboard.PressAsync("Tab");
            await Expect(tab.ByTestId("sign-in-password")).ToBeFocusedAsync();
            await keyboard.TypeAsync(app.SeedPassword);
            await keyboard.PressAsync("Enter");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Projects" })).ToBeFocusedAsync();
        });

        await tab.StepAsync("The skip link leads past the header", async () =>
        {
            await TabToAsync(page, tab.ByTestId("skip-link"), backwards: true);
            await Expect(tab.ByTestId("skip-link")).ToBeInViewportAsync();
            await keyboard.PressAsync("Enter");
            await Expect(page.Locator("main")).ToBeFocusedAsync();
        });

        await tab.StepAsync("Create and open a project: its heading has focus", async () =>
        {
            await TabToAsync(page, tab.ByTestId("create-project-name"));
            await keyboard.TypeAsync(projectName);
            await keyboard.PressAsync("Tab");
            await keyboard.TypeAsync(root);
            await TabToAsync(page, tab.ByTestId("create-project-bridge"));
            await Expect(tab.ByTestId("create-project-bridge").Locator("option:checked")).ToHaveTextAsync("local (online)");
            await TabToAsync(page, tab.ByTestId("create-project-submit"));
            await keyboard.PressAsync("Enter");
            await Expect(tab.ByTestId("project-name")).ToHaveTextAsync(projectName);
            await Expect(tab.ByTestId("project-name")).ToBeFocusedAsync();
        });

        await tab.StepAsync("Start a conversation: the message box has focus", async () =>
        {
            await TabToAsync(page, tab.ByTestId("new-conversation"), backwards: true);
            await keyboard.PressAsync("Enter");
            await Expect(tab.ByTestId("message-list")).ToContainTextAsync("No messages yet");
            await Expect(composer).ToBeFocusedAsync();
        });

        await tab.StepAsync("A prompt is announced, and Alt+P goes to it", async () =>
        {
            await keyboard.TypeAsync("write keyboard.txt");
            await keyboard.PressAsync("Enter");
            await Expect(announcer).ToContainTextAsync("Claude Code is waiting for you: allow Write?", new() { Timeout = WebAppTab.CliTurnTimeout });
            await Expect(composer).ToBeFocusedAsync();
            await keyboard.PressAsync("Alt+P");
            var prompt = page.Locator("[data-testid=permission-card][data-state=pending]");
            await Expect(prompt).ToBeFocusedAsync();
            await tab.ScreenshotAsync("prompt-focused");
            await AxeAudit.ExpectNoSeriousViolationsAsync(page, "permission prompt");
        });

        await tab.StepAsync("Answering gives focus back to the message box, and the end is announced", async () =>
        {
            await TabToAsync(page, tab.ByTestId("permission-allow"));
            await keyboard.PressAsync("Enter");
            await Expect(composer).ToBeFocusedAsync();
            await Expect(announcer).ToHaveTextAsync("Answer finished.", new() { Timeout = WebAppTab.CliTurnTimeout });
            Assert.True(File.Exists(Path.Combine(root, "keyboard.txt")), "The approved Write wrote nothing.");
        });

        await page.Context.CloseAsync();
    }

    /// <summary>Presses Tab (or Shift+Tab) until the element has focus, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, ILocator target, bool backwards = false)
    {
        for (var presses = 0; presses < MaxTabs; presses++)
        {
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return;
            }
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
        }
        throw new TimeoutException($"{MaxTabs} presses of {(backwards ? "Shift+Tab" : "Tab")} did not reach {target}.");
    }
}
