using Baton.ScriptedModel.Scenarios;
using Baton.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// Claude asks two questions (the real CLI's AskUserQuestion tool, through the scripted model), one with
/// a single answer and one with several: the card is announced, Alt+P goes to it, and it shows each with
/// its header chip, options and their descriptions; the person picks options and writes an answer of their own, submits, and reads the
/// model's reply quoting the answers; a second tab sees the card resolve, and a reload shows the
/// questions with their answers.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class QuestionTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private const string OwnSection = "Changelog";

    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public Task Claudes_questions_are_answered_from_their_card_and_kept_with_the_answers() => RunAsync(1280, 800, "");

    [Fact]
    public Task Claudes_questions_are_answered_from_their_card_and_kept_with_the_answers_on_a_phone() => RunAsync(390, 844, "-phone");

    private async Task RunAsync(int width, int height, string screenshotSuffix)
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        var tab = new WebAppTab(page, app, screenshotSuffix);
        await tab.StartInNewProjectAsync("questions");

        var (answer, card) = await tab.StepAsync("Claude asks two questions: the card shows their headers, options and descriptions", async () =>
        {
            var sent = await tab.SendAsync("questions");
            var pending = await PendingQuestionsAsync(page, sent);
            await Expect(pending.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Claude has 2 questions for you");
            await Expect(pending.GetByTestId("question-header")).ToHaveTextAsync([QuestionScript.LanguageHeader, QuestionScript.SectionsHeader]);
            var language = Question(pending, QuestionScript.LanguageQuestion);
            foreach (var (label, description) in QuestionScript.Languages)
            {
                await Expect(language.GetByRole(AriaRole.Radio, new() { Name = label })).ToBeVisibleAsync();
                await Expect(language.GetByText(description)).ToBeVisibleAsync();
            }

            var sections = Question(pending, QuestionScript.SectionsQuestion);
            foreach (var (label, description) in QuestionScript.Sections)
            {
                await Expect(sections.GetByRole(AriaRole.Checkbox, new() { Name = label })).ToBeVisibleAsync();
                await Expect(sections.GetByText(description)).ToBeVisibleAsync();
            }

            await Expect(pending.GetByTestId("question-submit")).ToBeDisabledAsync();
            await Expect(tab.ByTestId("chat-announcer")).ToContainTextAsync("Claude Code is waiting for you to answer its questions.");
            await page.Keyboard.PressAsync("Alt+P");
            await Expect(pending).ToBeFocusedAsync();
            await tab.ScreenshotAsync("question-card");
            await AxeAudit.ExpectNoSeriousViolationsAsync(page, "question card" + screenshotSuffix);
            return (sent, pending);
        });

        var other = new WebAppTab(await page.Context.NewPageAsync(), app, screenshotSuffix + "-second-tab");
        await other.StepAsync("A second tab shows the same questions waiting", async () =>
        {
            await other.Page.SetViewportSizeAsync(width, height);
            await other.Page.GotoAsync(page.Url);
            await Expect(other.Page.Locator($"[data-testid=question-card][data-prompt-id='{await card.GetAttributeAsync("data-prompt-id")}']"))
                .ToHaveAttributeAsync("data-state", "pending", new() { Timeout = WebAppTab.CliTurnTimeout });
        });

        await tab.StepAsync("Pick one language, two sections and one of my own, then submit", async () =>
        {
            // The single answer by keyboard: Space picks the focused option.
            await Question(card, QuestionScript.LanguageQuestion).GetByRole(AriaRole.Radio, new() { Name = "TypeScript" }).FocusAsync();
            await page.Keyboard.PressAsync("Space");
            var sections = Question(card, QuestionScript.SectionsQuestion);
            await sections.GetByRole(AriaRole.Checkbox, new() { Name = "Install" }).CheckAsync();
            await sections.GetByRole(AriaRole.Checkbox, new() { Name = "Usage" }).CheckAsync();
            await sections.GetByRole(AriaRole.Textbox).FillAsync(OwnSection);
            await Expect(sections.GetByRole(AriaRole.Checkbox, new() { Name = "Other" })).ToBeCheckedAsync();
            await tab.ScreenshotAsync("question-card-filled");
            await card.GetByTestId("question-submit").ClickAsync();
        });

        await tab.StepAsync("Claude's reply quotes the answers, and the card shows them", async () =>
        {
            await Expect(answer).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = WebAppTab.CliTurnTimeout });
            await Expect(answer).ToContainTextAsync(QuestionScript.ReplyOpening);
            await Expect(answer).ToContainTextAsync($"\"{QuestionScript.LanguageQuestion}\"=\"TypeScript\"");
            await Expect(answer).ToContainTextAsync($"\"{QuestionScript.SectionsQuestion}\"=\"Install, Usage, {OwnSection}\"");
            await ExpectAnsweredAsync(card);
            // The card is the call's whole story: no tool card beside it repeats the questions as raw input.
            await Expect(answer.Locator("[data-testid=tool-card][data-tool=AskUserQuestion]")).ToHaveCountAsync(0);
            await tab.ScreenshotAsync("question-answered");
            await AxeAudit.ExpectNoSeriousViolationsAsync(page, "answered questions" + screenshotSuffix);
        });

        await other.StepAsync("The second tab's card resolves to the answers", async () =>
        {
            var mirrored = other.Page.Locator($"[data-testid=question-card][data-prompt-id='{await card.GetAttributeAsync("data-prompt-id")}']");
            await ExpectAnsweredAsync(mirrored);
            await other.ScreenshotAsync("question-answered");
        });

        await tab.StepAsync("After a reload the questions show with their answers", async () =>
        {
            await page.ReloadAsync();
            await ExpectAnsweredAsync(card);
            await Expect(answer).ToContainTextAsync($"\"{QuestionScript.SectionsQuestion}\"=\"Install, Usage, {OwnSection}\"");
        });

        await page.Context.CloseAsync();
    }

    /// <summary>Waits for the answer's pending questions and returns their card, found by its prompt's id from then on.</summary>
    private static async Task<ILocator> PendingQuestionsAsync(IPage page, ILocator answer)
    {
        var pending = answer.Locator("[data-testid=question-card][data-state=pending]");
        await Expect(pending).ToHaveCountAsync(1, new() { Timeout = WebAppTab.CliTurnTimeout });
        var promptId = await pending.GetAttributeAsync("data-prompt-id");
        return page.Locator($"[data-testid=question-card][data-prompt-id='{promptId}']");
    }

    private static ILocator Question(ILocator card, string question) =>
        card.GetByRole(AriaRole.Group, new() { Name = question });

    private static async Task ExpectAnsweredAsync(ILocator card)
    {
        await Expect(card).ToHaveAttributeAsync("data-state", "resolved", new() { Timeout = WebAppTab.CliTurnTimeout });
        await Expect(card.GetByTestId("question-outcome")).ToHaveTextAsync("you answered");
        await Expect(card.GetByTestId("question-answered")).ToHaveTextAsync(
        [
            $"{QuestionScript.LanguageHeader}{QuestionScript.LanguageQuestion}TypeScript",
            $"{QuestionScript.SectionsHeader}{QuestionScript.SectionsQuestion}Install, Usage, {OwnSection}",
        ]);
    }
}
