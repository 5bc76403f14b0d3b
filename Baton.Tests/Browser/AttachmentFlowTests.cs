using Baton.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>A message with attachments shows them, names and types, while it is new, after a reload and in an export.</summary>
[Collection(FullAppCollection.Name)]
public sealed class AttachmentFlowTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private const string Question = "What do these two files say?";

    public void Dispose() => chromium.ExpectNoCspViolations();

    [Theory]
    [InlineData(1280, 800, "")]
    [InlineData(390, 844, "-phone")]
    public async Task Two_attachments_show_with_their_names_and_types_before_and_after_a_reload_and_in_the_export(int width, int height, string screenshotSuffix)
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        var tab = new WebAppTab(page, app, screenshotSuffix);
        await tab.StartInNewProjectAsync("attach");

        await tab.StepAsync("Attach a text file and an image, and send them with a question", async () =>
        {
            await tab.ByTestId("attach-input").SetInputFilesAsync(
            [
                new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = "remember the milk"u8.ToArray() },
                new FilePayload { Name = "diagram.png", MimeType = "image/png", Buffer = Png },
            ]);
            await Expect(tab.ByTestId("composer-attachment")).ToHaveCountAsync(2);
            var answer = await tab.SendAsync(Question);
            await Expect(answer).Not.ToHaveAttributeAsync("data-status", "streaming", new() { Timeout = WebAppTab.CliTurnTimeout });
            await ExpectAttachmentsAsync(tab);
        });

        await tab.StepAsync("After a reload the message still shows both", async () =>
        {
            await page.ReloadAsync();
            await ExpectAttachmentsAsync(tab);
            await tab.ScreenshotAsync("attachments-after-reload");
        });

        await tab.StepAsync("The conversation downloads as Markdown with the question and its attachments", async () =>
        {
            var download = await page.RunAndWaitForDownloadAsync(() => tab.ChooseConversationActionAsync("conversation-export-markdown"));
            Assert.EndsWith(".md", download.SuggestedFilename);
            var markdown = await File.ReadAllTextAsync(await download.PathAsync());
            Assert.Contains($"## You\n\n{Question}", markdown);
            Assert.Contains("Attached: `notes.txt` (text/plain", markdown);
            Assert.Contains("Attached: `diagram.png` (image/png", markdown);
            Assert.Contains("## Claude", markdown);
        });

        await page.Context.CloseAsync();
    }

    private static async Task ExpectAttachmentsAsync(WebAppTab tab)
    {
        var attachments = tab.UserMessage(Question).GetByTestId("message-attachment");
        await Expect(attachments).ToHaveCountAsync(2);
        await Expect(attachments.Nth(0)).ToContainTextAsync("notes.txt");
        await Expect(attachments.Nth(0)).ToHaveAttributeAsync("data-media-type", "text/plain");
        await Expect(attachments.Nth(1)).ToContainTextAsync("diagram.png");
        await Expect(attachments.Nth(1)).ToHaveAttributeAsync("data-media-type", "image/png");
    }

    // A 1×1 PNG: uploads of images are checked to be images.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}
