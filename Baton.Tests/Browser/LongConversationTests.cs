using System.Diagnostics;
using Baton.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>A conversation with a long past opens at its newest message, rendering only what is near the screen.</summary>
[Collection(FullAppCollection.Name)]
public sealed class LongConversationTests(FullAppFixture app, ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>, IDisposable
{
    private const int Runs = 1_000;
    private const int MaxRenderedMessages = 100;

    /// <summary>How many messages the web app loads at a time.</summary>
    private const int MessagePageSize = 50;

    private static readonly TimeSpan ScrollUpTimeout = TimeSpan.FromSeconds(15);

    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public async Task A_conversation_of_5000_events_opens_at_its_newest_message_with_few_message_nodes()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var project = await user.CreateProjectAsync();
        var conversation = await user.CreateConversationAsync(project.Id, "A long conversation");
        var stored = Stopwatch.StartNew();
        await StoredConversation.InsertRunsAsync(app, conversation.Id, project.BridgeId, Runs);
        output.WriteLine($"Stored {Runs * StoredConversation.EventsPerRun} events and {Runs * 2} messages in {stored.ElapsedMilliseconds} ms.");

        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"));
        var tab = new WebAppTab(page, app);
        await tab.SignInAsync(user.Email, ApiUser.Password);

        await tab.StepAsync("The long conversation opens at its newest message", async () =>
        {
            var opened = Stopwatch.StartNew();
            await page.GotoAsync($"/projects/{project.Id}/c/{conversation.Id}");
            var newest = tab.ByTestId("assistant-message").Filter(new() { HasText = StoredConversation.Answer(Runs) });
            await Expect(newest).ToBeInViewportAsync();
            await Expect(tab.UserMessage(StoredConversation.Question(Runs))).ToBeInViewportAsync();
            output.WriteLine($"The newest message was on screen {opened.ElapsedMilliseconds} ms after the page began to load.");
            await tab.ScreenshotAsync("long-conversation");

            var rendered = await RenderedMessagesAsync(tab);
            output.WriteLine($"{rendered} message nodes in the page.");
            Assert.InRange(rendered, 1, MaxRenderedMessages);
        });

        await tab.StepAsync("Scrolling up loads earlier pages and still renders few messages", async () =>
        {
            await tab.ByTestId("message-list").HoverAsync();
            var pageRuns = MessagePageSize / 2;
            for (var newestOfPage = Runs - pageRuns; newestOfPage > Runs - (4 * pageRuns); newestOfPage -= pageRuns)
            {
                await ScrollUpUntilShownAsync(tab, StoredConversation.Question(newestOfPage));
            }

            var rendered = await RenderedMessagesAsync(tab);
            output.WriteLine($"{rendered} message nodes in the page after loading three more pages.");
            Assert.InRange(rendered, 1, MaxRenderedMessages);
        });

        await page.Context.CloseAsync();
    }

    /// <summary>Scrolls up with the mouse wheel, as a reader does, until the question is in the page.</summary>
    private static async Task ScrollUpUntilShownAsync(WebAppTab tab, string question)
    {
        var shown = tab.ByTestId("user-message").GetByText(question, new() { Exact = true });
        var deadline = DateTime.UtcNow + ScrollUpTimeout;
        while (true)
        {
            await tab.Page.Mouse.WheelAsync(0, -4_000);
            try
            {
                await Expect(shown).ToHaveCountAsync(1, new() { Timeout = 1_000 });
                return;
            }
            catch (PlaywrightException) when (DateTime.UtcNow < deadline)
            {
                // Not loaded yet: a reader keeps scrolling up.
            }
        }
    }

    private static async Task<int> RenderedMessagesAsync(WebAppTab tab) =>
        await tab.ByTestId("user-message").CountAsync() + await tab.ByTestId("assistant-message").CountAsync();
}
