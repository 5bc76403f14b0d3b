using System.Text.RegularExpressions;
using Baton.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Sdk;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// What a person does with Baton, in Chromium against the whole app in demo mode: the real API,
/// bridge and CLI, with the scripted model standing in for Claude.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class ChatFlowTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private const string LocalBridge = "local";
    private const string WrittenFile = "notes.txt";
    private const string DeniedFile = "denied.txt";

    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public Task Signed_in_person_streams_stops_approves_denies_and_finds_it_all_after_a_reload() =>
        RunMainFlowAsync(width: 1280, height: 800, screenshotSuffix: "");

    [Fact]
    public Task The_same_flow_works_on_a_phone_sized_screen() =>
        RunMainFlowAsync(width: 390, height: 844, screenshotSuffix: "-phone");

    private async Task RunMainFlowAsync(int width, int height, string screenshotSuffix)
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        var tab = new WebAppTab(page, app, screenshotSuffix);
        var projectName = $"e2e-{Guid.NewGuid():N}"[..16];
        var root = Path.Combine(app.WorkspaceRoot, projectName);
        Directory.CreateDirectory(root);

        await tab.SignInAsync(app.SeedEmail, app.SeedPassword);
        await tab.CreateProjectAsync(projectName, root, LocalBridge);
        await tab.StepAsync("The project's bridge is online in demo mode", async () =>
        {
            await Expect(tab.ByTestId("bridge-status")).ToHaveAttributeAsync("data-state", "online");
            await Expect(tab.ByTestId("demo-badge")).ToBeVisibleAsync();
        });
        await tab.StartConversationFromProjectPageAsync();
        if (WebAppTab.IsNarrow(width))
        {
            await tab.StepAsync("On a phone the project's header and the run choices take a row each, and the conversation keeps most of the screen", async () =>
            {
                await tab.ExpectSideBySideAsync("toggle-sidebar", "project-name", "bridge-status", "demo-badge", "tab-chat", "tab-files");
                await tab.ExpectSideBySideAsync("permission-mode-select", "model-select", "effort-select");
                var conversation = await tab.ByTestId("message-list").BoundingBoxAsync() ?? throw new XunitException("The conversation is not shown.");
                Assert.True(conversation.Height >= height / 2, $"The conversation has {conversation.Height} of the screen's {height} pixels.");
            });
        }
        else
        {
            await tab.StepAsync("On a wide screen the run choices and the conversation's tools share a row", () =>
                tab.ExpectSideBySideAsync("permission-mode-select", "model-select", "effort-select", "workspace-changes-open"));
        }

        await tab.StepAsync("A long answer streams in, goes on after a reload and stops on request", async () =>
        {
            var answer = await tab.SendAsync("long");
            await Expect(answer).ToContainTextAsync("Part 1 of 9", new() { Timeout = WebAppTab.CliTurnTimeout });
            var firstSight = await answer.InnerTextAsync();
            await Expect(answer).Not.ToHaveTextAsync(firstSight);
            await Expect(answer).ToHaveAttributeAsync("data-status", "streaming");
            await tab.ScreenshotAsync("chat-streaming");

            await page.ReloadAsync();
            await Expect(answer).ToHaveAttributeAsync("data-status", "streaming");
            // On screen from the moment it is there, although it keeps growing: not once the stream pauses.
            Assert.True(await answer.IsVisibleAsync(), "The streaming answer is in the page but hidden after the reload.");
            var afterReload = await answer.InnerTextAsync();
            await Expect(answer).Not.ToHaveTextAsync(afterReload);

            // The answer keeps growing under the button while it streams, so it never counts as "stable":
            // click it where it is rather than wait for the page to settle.
            await tab.ByTestId("stop-button").ClickAsync(new() { Force = true });
            await Expect(answer).ToHaveAttributeAsync("data-status", "aborted");
            await Expect(answer.GetByTestId("run-footer")).ToContainTextAsync("Stopped");
            var stopped = await answer.InnerTextAsync();
            Assert.DoesNotContain("Part 9 of 9", stopped);
            Assert.Single(Regex.Matches(stopped, "Part 1 of 9"));
            await Expect(tab.ByTestId("send-button")).ToBeVisibleAsync();
            await Expect(tab.ByTestId("composer-input")).ToBeEditableAsync();
        });

        await tab.StepAsync("An approved Write writes the file", async () =>
        {
            var answer = await tab.SendAsync($"write {WrittenFile}");
            var prompt = await tab.PendingPromptAsync(answer);
            await Expect(prompt).ToContainTextAsync(WrittenFile);
            await Expect(prompt).ToBeInViewportAsync();
            await Expect(answer.GetByTestId("tool-card")).ToHaveAttributeAsync("data-state", "waiting");
            await Expect(answer.GetByTestId("assistant-working")).ToHaveTextAsync("Claude is waiting for your answer");
            await tab.ScreenshotAsync("permission-prompt");
            await AxeAudit.ExpectNoSeriousViolationsAsync(page, "permission prompt" + screenshotSuffix);

            await prompt.GetByTestId("permission-allow").ClickAsync();
            await ExpectAnswerCompletedAsync(answer, "Done. The tool said");
            await Expect(prompt).ToContainTextAsync("allowed once");
            await Expect(answer.GetByTestId("tool-card")).ToHaveAttributeAsync("data-state", "done");
            Assert.True(File.Exists(Path.Combine(root, WrittenFile)), $"{WrittenFile} is not in {root}.");
        });

        var deniedAnswer = await tab.StepAsync("A denied Write writes nothing", async () =>
        {
            var answer = await tab.SendAsync($"write {DeniedFile}");
            var prompt = await tab.PendingPromptAsync(answer);
            await Expect(prompt).ToBeInViewportAsync();

            // A prompt still open is part of history: a reloaded page can answer it, and opens on it.
            await page.ReloadAsync();
            await Expect(prompt).ToHaveAttributeAsync("data-state", "pending");
            await Expect(prompt).ToContainTextAsync(DeniedFile);
            await Expect(prompt).ToBeVisibleAsync();
            await Expect(prompt).ToBeInViewportAsync();
            await prompt.GetByTestId("permission-deny").ClickAsync();
            await ExpectAnswerCompletedAsync(answer, "The tool was refused");
            await Expect(prompt).ToContainTextAsync("denied");
            await Expect(answer.GetByTestId("tool-card")).ToHaveAttributeAsync("data-state", "denied");
            Assert.False(File.Exists(Path.Combine(root, DeniedFile)), $"{DeniedFile} was written although the Write was denied.");
            return answer;
        });

        var conversationUrl = page.Url;
        await tab.StepAsync("The files panel shows the written file", async () =>
        {
            await tab.ByTestId("tab-files").ClickAsync();
            await Expect(tab.ByTestId("files-panel")).ToBeVisibleAsync();
            await Expect(tab.ByTestId("file-entry").Filter(new() { HasText = DeniedFile })).ToHaveCountAsync(0);
            await page.Locator($"[data-testid=file-entry][data-path='{WrittenFile}']").ClickAsync();
            await Expect(tab.ByTestId("file-viewer-path")).ToHaveTextAsync(WrittenFile);
            await Expect(tab.ByTestId("file-viewer-content")).ToContainTextAsync("Hello from Baton!");
            await tab.ScreenshotAsync("files");
        });

        await tab.StepAsync("After a reload the whole conversation is there", async () =>
        {
            await page.GoBackAsync();
            await Expect(page).ToHaveURLAsync(conversationUrl);
            await page.ReloadAsync();
            await Expect(tab.ByTestId("connection-status")).ToHaveAttributeAsync("data-status", "connected");
            await Expect(deniedAnswer).ToContainTextAsync("The tool was refused");
            await tab.ScreenshotAsync("chat-history");

            Assert.Equal(
                [
                    "user: long",
                    "answer: aborted",
                    $"user: write {WrittenFile}",
                    "answer: completed | Write done | Write: allowed once",
                    $"user: write {DeniedFile}",
                    "answer: completed | Write denied | Write: denied",
                ],
                await tab.ReadConversationAsync());
        });

        await tab.StepAsync("The bridges page shows the local bridge online", async () =>
        {
            await tab.ByTestId("nav-bridges").ClickAsync();
            var local = tab.ByTestId("bridge-item").Filter(new() { HasText = LocalBridge });
            await Expect(local).ToHaveAttributeAsync("data-online", "true");
            await Expect(tab.ByTestId("connection-status")).ToHaveAttributeAsync("data-status", "connected");
            await tab.ScreenshotAsync("bridges");
        });

        await page.Context.CloseAsync();
    }

    private static async Task ExpectAnswerCompletedAsync(ILocator answer, string text)
    {
        await Expect(answer).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = WebAppTab.CliTurnTimeout });
        await Expect(answer).ToContainTextAsync(text);
    }
}
