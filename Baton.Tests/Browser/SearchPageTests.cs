using Baton.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>A person searches every conversation and opens a result at its message, far back in a long history.</summary>
[Collection(FullAppCollection.Name)]
public sealed class SearchPageTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    // Enough runs that the message searched for is many pages back from the newest one.
    private const int Runs = 400;
    private const int SoughtRun = 7;

    public void Dispose() => chromium.ExpectNoCspViolations();

    [Theory]
    [InlineData(1280, 800, "")]
    [InlineData(390, 844, "-phone")]
    public async Task A_search_finds_an_old_message_with_its_words_marked_and_opens_the_conversation_at_it(int width, int height, string suffix)
    {
        using var user = await ApiUser.SignUpAsync(app);
        var project = await user.CreateProjectAsync();
        var conversation = await user.CreateConversationAsync(project.Id, "Seeded history");
        await StoredConversation.InsertRunsAsync(app, conversation.Id, project.BridgeId, Runs);

        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        var tab = new WebAppTab(page, app, suffix);
        await tab.SignInAsync(user.Email, ApiUser.Password);
        var sought = StoredConversation.Question(SoughtRun);

        var hits = await tab.StepAsync("Searching for a phrase lists the question and its answer, the words marked", async () =>
        {
            await tab.ByTestId("nav-search").ClickAsync();
            await tab.ByTestId("search-input").FillAsync($"\"{sought}\"");
            await tab.ByTestId("search-input").PressAsync("Enter");
            var found = tab.ByTestId("search-hit");
            await Expect(found).ToHaveCountAsync(2);
            var question = found.Filter(new() { HasText = "You" });
            await Expect(question.GetByTestId("search-snippet")).ToHaveTextAsync(sought);
            await Expect(question.Locator("mark").First).ToHaveTextAsync("Question");
            await Expect(question.GetByTestId("search-hit-link")).ToHaveTextAsync("Seeded history");
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page is wider than the screen.");
            await tab.ScreenshotAsync("search");
            await AxeAudit.ExpectNoSeriousViolationsAsync(page, "search results" + suffix);
            return found;
        });

        await tab.StepAsync("A result opens its conversation at that message, loading the history back to it", async () =>
        {
            await hits.Filter(new() { HasText = "You" }).GetByTestId("search-hit-link").ClickAsync();
            var focused = page.Locator("[data-testid=message-list] [data-focused]");
            await Expect(focused).ToContainTextAsync(sought, new() { Timeout = 30_000 });
            await Expect(focused).ToBeInViewportAsync();
            await tab.ExpectHeaderFitsAsync();
            await tab.ScreenshotAsync("search-opened");
        });

        await tab.StepAsync("Back returns to the results", async () =>
        {
            await page.GoBackAsync();
            await Expect(tab.ByTestId("search-hit")).ToHaveCountAsync(2);
            await Expect(tab.ByTestId("search-input")).ToHaveValueAsync($"\"{sought}\"");
        });

        await page.Context.CloseAsync();
    }
}
