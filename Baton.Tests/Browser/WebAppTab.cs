using System.Text.RegularExpressions;
using Baton.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Sdk;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// A person's tab on Baton's web app: the steps the browser tests share. A step that fails keeps a
/// screenshot and fails with the services' own log lines and what the tabs said and heard (<see cref="PageDiary"/>),
/// so a CI failure explains itself.
/// </summary>
public sealed partial class WebAppTab(IPage page, BatonAppFixture app, string screenshotSuffix = "")
{
    /// <summary>How long an assertion waits for a turn of the real CLI (milliseconds): it starts a process first.</summary>
    public const float CliTurnTimeout = 60_000;

    public IPage Page { get; } = page;

    public ILocator ByTestId(string testId) => Page.GetByTestId(testId);

    public Task ScreenshotAsync(string name) => ChromiumFixture.SaveScreenshotAsync(Page, name + screenshotSuffix);

    /// <summary>Runs one step; on failure keeps a screenshot and fails with the services' last log lines and the tabs' diaries.</summary>
    public Task StepAsync(string description, Func<Task> step) => StepAsync(description, async () =>
    {
        await step();
        return true;
    });

    /// <summary>Runs one step that finds something later steps use.</summary>
    public async Task<T> StepAsync<T>(string description, Func<Task<T>> step)
    {
        try
        {
            var result = await step();
            ChromiumFixture.ExpectNoCspViolations(Page);
            return result;
        }
        catch (Exception exception) when (exception is PlaywrightException or TimeoutException or XunitException)
        {
            var screenshot = "failed-" + Slug().Replace(description.ToLowerInvariant(), "-").Trim('-');
            await ScreenshotAsync(screenshot);
            throw new XunitException(
                $"{description}: {exception.Message}{Environment.NewLine}Screenshot: {screenshot}{screenshotSuffix}.png"
                + $"{Environment.NewLine}--- api ---{Environment.NewLine}{app.Logs.Tail("api", 40)}"
                + $"{Environment.NewLine}--- bridge ---{Environment.NewLine}{app.Logs.Tail("bridge", 40)}"
                + $"{Environment.NewLine}--- frontend ---{Environment.NewLine}{app.Logs.Tail("frontend", 20)}"
                + $"{Environment.NewLine}{await PageDiary.ReadAsync(Page.Context)}",
                exception);
        }
    }

    public Task SignInAsync(string email, string password) => StepAsync("Sign in", async () =>
    {
        await Page.GotoAsync("/");
        await Expect(ByTestId("sign-in-form")).ToBeVisibleAsync();
        await ScreenshotAsync("sign-in");
        await ByTestId("sign-in-email").FillAsync(email);
        await ByTestId("sign-in-password").FillAsync(password);
        await ByTestId("sign-in-submit").ClickAsync();
        await Expect(ByTestId("signed-in-user")).ToHaveTextAsync(email);
        await Expect(ByTestId("connection-status")).ToHaveAttributeAsync("data-status", "connected");
    });

    /// <summary>Creates a project on the projects page, which then opens it.</summary>
    public Task CreateProjectAsync(string name, string rootDirectory, string bridgeName) => StepAsync($"Create project {name}", async () =>
    {
        await ByTestId("nav-projects").ClickAsync();
        await ByTestId("create-project-name").FillAsync(name);
        await ByTestId("create-project-root").FillAsync(rootDirectory);
        await ByTestId("create-project-bridge").SelectOptionAsync(new SelectOptionValue { Label = $"{bridgeName} (online)" });
        await ScreenshotAsync("projects");
        await ByTestId("create-project-submit").ClickAsync();
        await Expect(ByTestId("project-name")).ToHaveTextAsync(name);
    });

    /// <summary>Whether a screen this wide gets the web app's narrow layout (its stylesheets' <c>max-width: 768px</c>), where the conversation list is a drawer.</summary>
    public static bool IsNarrow(int width) => width <= 768;

    /// <summary>Opens a new conversation from the project's sidebar, which a narrow screen keeps folded away.</summary>
    public Task StartConversationAsync() => StepAsync("Start a conversation", async () =>
    {
        if (await ByTestId("toggle-sidebar").IsVisibleAsync())
        {
            await ByTestId("toggle-sidebar").ClickAsync();
        }

        await ByTestId("new-conversation").ClickAsync();
        await ExpectNewConversationOpenAsync();
    });

    /// <summary>
    /// Opens a new conversation from the page of a project with none open, which offers one in view at any width:
    /// a narrow screen's drawer need not be found first.
    /// </summary>
    public Task StartConversationFromProjectPageAsync() => StepAsync("Start a conversation from the project's page", async () =>
    {
        var start = ByTestId("start-conversation");
        await Expect(start).ToBeInViewportAsync();
        await ScreenshotAsync("project-page");
        await start.ClickAsync();
        await ExpectNewConversationOpenAsync();
    });

    private async Task ExpectNewConversationOpenAsync()
    {
        await Expect(Page).ToHaveURLAsync(ConversationPath());
        await Expect(ByTestId("message-list")).ToContainTextAsync("No messages yet");
        await Expect(ByTestId("composer-input")).ToBeEditableAsync();
    }

    /// <summary>
    /// Signs in as the seeded person, creates a project on the local bridge in a new folder of the
    /// workspace (first prepared by <paramref name="prepare"/>), and starts a conversation there; returns the folder.
    /// </summary>
    public async Task<string> StartInNewProjectAsync(string namePrefix, Func<string, Task>? prepare = null)
    {
        var projectName = $"{namePrefix}-{Guid.NewGuid():N}"[..16];
        var root = Path.Combine(app.WorkspaceRoot, projectName);
        Directory.CreateDirectory(root);
        if (prepare is not null)
        {
            await prepare(root);
        }

        await SignInAsync(app.SeedEmail, app.SeedPassword);
        await CreateProjectAsync(projectName, root, "local");
        await StartConversationAsync();
        return root;
    }

    /// <summary>Chooses one of the open conversation's actions; on a phone-sized screen they are in the drawer.</summary>
    public async Task ChooseConversationActionAsync(string actionTestId)
    {
        if (await ByTestId("toggle-sidebar").IsVisibleAsync())
        {
            await ByTestId("toggle-sidebar").ClickAsync();
        }

        await ByTestId("conversation-actions").First.ClickAsync();
        await ByTestId(actionTestId).ClickAsync();
    }

    /// <summary>Closes the drawer a phone-sized screen opened for the conversation's actions.</summary>
    public async Task CloseDrawerAsync()
    {
        var drawer = ByTestId("project-sidebar");
        if (await ByTestId("toggle-sidebar").IsVisibleAsync() && await drawer.GetAttributeAsync("inert") is null)
        {
            await Page.Keyboard.PressAsync("Escape");
            await Expect(drawer).ToHaveAttributeAsync("inert", "");
        }
    }

    /// <summary>
    /// Sends a message and returns the answer to it. Messages are found by their text and run, never
    /// by position: the list renders only what is near the screen, so the last one in the page need
    /// not be the newest.
    /// </summary>
    public async Task<ILocator> SendAsync(string text)
    {
        await ByTestId("composer-input").FillAsync(text);
        await ByTestId("send-button").ClickAsync();
        var sent = UserMessage(text);
        await Expect(sent).ToHaveAttributeAsync("data-request-id", NonEmpty(), new() { Timeout = CliTurnTimeout });
        return Answer(await sent.GetAttributeAsync("data-request-id") ?? "");
    }

    /// <summary>The person's message with exactly this text.</summary>
    public ILocator UserMessage(string text) =>
        ByTestId("user-message").Filter(new() { Has = Page.GetByText(text, new() { Exact = true }) });

    /// <summary>Claude's answer in the run with this id.</summary>
    public ILocator Answer(string requestId) => Page.Locator($"[data-testid=assistant-message][data-request-id='{requestId}']");

    /// <summary>Waits for the answer's pending permission prompt and returns that prompt, found by its id from then on.</summary>
    public async Task<ILocator> PendingPromptAsync(ILocator answer)
    {
        var pending = answer.Locator("[data-testid=permission-card][data-state=pending]");
        await Expect(pending).ToHaveCountAsync(1, new() { Timeout = CliTurnTimeout });
        var promptId = await pending.GetAttributeAsync("data-prompt-id");
        return Page.Locator($"[data-testid=permission-card][data-prompt-id='{promptId}']");
    }

    /// <summary>The header's links and buttons sit side by side within the screen, none under another.</summary>
    public Task ExpectHeaderFitsAsync() => ExpectSideBySideAsync(
        "nav-projects", "nav-bridges", "nav-search", "nav-inbox", "nav-usage", "connection-status", "notifications-toggle", "sign-out", "theme-toggle");

    /// <summary>The elements sit side by side in this order within the screen, each level with the one before it, none under another.</summary>
    public async Task ExpectSideBySideAsync(params string[] inOrder)
    {
        var width = Page.ViewportSize!.Width;
        LocatorBoundingBoxResult? previous = null;
        foreach (var testId in inOrder)
        {
            var box = await ByTestId(testId).BoundingBoxAsync() ?? throw new XunitException($"{testId} is not shown.");
            var previousRight = previous is null ? 0 : previous.X + previous.Width;
            Assert.True(box.X >= previousRight && box.X + box.Width <= width, $"{testId} ({box.X}..{box.X + box.Width}) overlaps what is before it (up to {previousRight}) or leaves the {width}-pixel screen.");
            Assert.True(previous is null || (box.Y < previous.Y + previous.Height && previous.Y < box.Y + box.Height),
                $"{testId} ({box.Y}..{box.Y + box.Height} down) is not level with what is before it ({previous?.Y}..{previous?.Y + previous?.Height}).");
            previous = box;
        }
    }

    /// <summary>
    /// Scrolls the (virtualised) message list from top to bottom and describes every message once,
    /// in order: a user message by its text; an answer by its status, its tool cards and its prompts.
    /// </summary>
    public async Task<IReadOnlyList<string>> ReadConversationAsync() => await Page.EvaluateAsync<string[]>("""
        async () => {
          const scroller = document.querySelector('[data-testid=message-list] [data-virtuoso-scroller]');
          const painted = () => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
          const describe = item => {
            const user = item.querySelector('[data-testid=user-message]');
            if (user) {
              return `user: ${user.innerText.trim()}`;
            }
            const answer = item.querySelector('[data-testid=assistant-message]');
            const tools = [...answer.querySelectorAll('[data-testid=tool-card]')].map(card => ` | ${card.dataset.tool} ${card.dataset.state}`);
            const prompts = [...answer.querySelectorAll('[data-testid=permission-card]')].map(card => ` | ${card.innerText.trim()}`);
            return `answer: ${answer.dataset.status}${tools.join('')}${prompts.join('')}`;
          };
          // The list keeps its items hidden until it has placed its first screen: read what a person sees.
          const items = scroller.querySelector('[data-testid=virtuoso-item-list]');
          for (let frame = 0; frame < 600 && getComputedStyle(items).visibility === 'hidden'; frame++) {
            await painted();
          }
          const seen = new Map();
          scroller.scrollTop = 0;
          await painted();
          for (let step = 0; step < 500; step++) {
            for (const item of scroller.querySelectorAll('[data-item-index]')) {
              seen.set(Number(item.dataset.itemIndex), describe(item));
            }
            if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) {
              break;
            }
            scroller.scrollTop += scroller.clientHeight / 2;
            await painted();
          }
          return [...seen.entries()].sort(([a], [b]) => a - b).map(([, text]) => text);
        }
        """);

    [GeneratedRegex(".+")]
    private static partial Regex NonEmpty();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Slug();

    [GeneratedRegex("/projects/[0-9a-f-]{36}/c/[0-9a-f-]{36}$")]
    private static partial Regex ConversationPath();
}
