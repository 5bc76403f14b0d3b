using Baton.ScriptedModel.Scenarios;
using Baton.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// A run that hands work to a subagent (the real CLI's Agent tool, through the scripted model): the
/// subagent's text and tool call show inside the Agent call's card, open while it works (it waits on
/// a prompt for its command), folded to a count once it reported, and nowhere else in the answer;
/// the same after a reload.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class SubagentTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public Task A_subagents_work_shows_inside_the_card_of_its_call() => RunAsync(1280, 800, "");

    [Fact]
    public Task A_subagents_work_shows_inside_the_card_of_its_call_on_a_phone() => RunAsync(390, 844, "-phone");

    private async Task RunAsync(int width, int height, string screenshotSuffix)
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        var tab = new WebAppTab(page, app, screenshotSuffix);
        await tab.StartInNewProjectAsync("subagent", folder => File.WriteAllTextAsync(Path.Combine(folder, "notes.md"), "# Notes\n"));

        // The subagent asks to run a command, so it waits mid-way with its first steps shown.
        var (answer, prompt) = await tab.StepAsync("Ask for a subagent and watch it work inside its card", async () =>
        {
            var sent = await tab.SendAsync("delegate");
            var pending = await tab.PendingPromptAsync(sent);
            await ExpectSubagentWorkingInsideItsCardAsync(sent);
            await tab.ScreenshotAsync("subagent-working");
            return (sent, pending);
        });

        await tab.StepAsync("After a reload the working subagent is in its card again", async () =>
        {
            await page.ReloadAsync();
            await ExpectSubagentWorkingInsideItsCardAsync(answer);
        });

        await tab.StepAsync("Allow the subagent's command and wait for its report", async () =>
        {
            await prompt.GetByTestId("permission-allow").ClickAsync();
            await Expect(answer).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = WebAppTab.CliTurnTimeout });
        });

        await tab.StepAsync("The subagent's work is folded into its card, and opens there", async () =>
        {
            await ExpectSubagentInsideItsCardAsync(answer);
            await tab.ScreenshotAsync("subagent-card");
            await AxeAudit.ExpectNoSeriousViolationsAsync(page, "subagent card" + screenshotSuffix);
        });

        await tab.StepAsync("After a reload the subagent's work is in its card again", async () =>
        {
            await page.ReloadAsync();
            await ExpectSubagentInsideItsCardAsync(answer);
        });

        await page.Context.CloseAsync();
    }

    private static async Task ExpectSubagentWorkingInsideItsCardAsync(ILocator answer)
    {
        var card = answer.Locator("[data-testid=tool-card][data-tool=Agent]");
        await Expect(card).ToHaveAttributeAsync("data-state", "running");
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Subagent" })).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(card.GetByTestId("subagent-summary")).ToHaveTextAsync("1 message, 1 tool call · working…");
        var steps = card.GetByRole(AriaRole.Group, new() { Name = "The subagent's work" });
        await Expect(steps.GetByText(SubagentScript.OpeningText)).ToBeVisibleAsync();
        // The subagent's command waits for its prompt, which shows the command.
        await Expect(steps.Locator("[data-testid=tool-card][data-tool=Bash]")).ToHaveAttributeAsync("data-state", "waiting");
        await Expect(answer.GetByText(SubagentScript.OpeningText)).ToHaveCountAsync(1);
    }

    private static async Task ExpectSubagentInsideItsCardAsync(ILocator answer)
    {
        var card = answer.Locator("[data-testid=tool-card][data-tool=Agent]");
        await Expect(card).ToHaveAttributeAsync("data-state", "done");
        // The card's result is the subagent's report, without the notes the CLI wraps it in for the model.
        var report = card.Locator(":scope > [data-testid=tool-result]");
        await Expect(report).ToContainTextAsync(SubagentScript.ReportOpening);
        await Expect(report).Not.ToContainTextAsync("hand-back");
        var toggle = card.GetByRole(AriaRole.Button, new() { Name = "Subagent" });
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(card.GetByTestId("subagent-summary")).ToHaveTextAsync("2 messages, 1 tool call");

        await toggle.ClickAsync();
        var steps = card.GetByRole(AriaRole.Group, new() { Name = "The subagent's work" });
        await Expect(steps.GetByText(SubagentScript.OpeningText)).ToBeVisibleAsync();
        await Expect(steps.GetByText(SubagentScript.ReportOpening)).ToBeVisibleAsync();
        await Expect(steps.Locator("[data-testid=tool-card][data-tool=Bash]")).ToContainTextAsync(SubagentScript.Command);
        await Expect(steps.Locator("[data-testid=tool-card][data-tool=Bash] [data-testid=tool-result]")).ToContainTextAsync("notes.md");

        // Nowhere beside the card: the subagent's opening words are in the answer once, and its Bash call too.
        await Expect(answer.GetByText(SubagentScript.OpeningText)).ToHaveCountAsync(1);
        await Expect(answer.Locator("[data-testid=tool-card][data-tool=Bash]")).ToHaveCountAsync(1);
    }
}
