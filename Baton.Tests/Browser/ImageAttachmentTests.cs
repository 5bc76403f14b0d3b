using Baton.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// An image pasted into the message box and one dropped on the composer upload as attachments and
/// show as thumbnails in the sent message, live, after a reload and in a second tab; a thumbnail opens the whole image.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class ImageAttachmentTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private const string Question = "What colours are these pictures?";
    private const string PastedName = "pasted-red.png";
    private const string DroppedName = "dropped-blue.png";

    public void Dispose() => chromium.ExpectNoCspViolations();

    [Theory]
    [InlineData(1280, 800, "")]
    [InlineData(390, 844, "-phone")]
    public async Task Pasted_and_dropped_images_show_as_thumbnails_live_and_after_a_reload(int width, int height, string screenshotSuffix)
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        var tab = new WebAppTab(page, app, screenshotSuffix);
        await tab.StartInNewProjectAsync("images");

        await tab.StepAsync("Paste an image into the message box and drop another on the composer", async () =>
        {
            await page.EvaluateAsync(PasteScript, new { name = PastedName, base64 = RedPng });
            await page.EvaluateAsync(DropScript, new { name = DroppedName, base64 = BluePng });
            var attachments = tab.ByTestId("composer-attachment");
            await Expect(attachments).ToHaveCountAsync(2);
            await Expect(attachments.Nth(0)).ToContainTextAsync(PastedName);
            await Expect(attachments.Nth(1)).ToContainTextAsync(DroppedName);
            await Expect(page.Locator("[data-testid=composer-attachment][data-state=ready]")).ToHaveCountAsync(2);
        });

        await tab.StepAsync("Send them: the message shows both as thumbnails", async () =>
        {
            var answer = await tab.SendAsync(Question);
            await ExpectThumbnailsAsync(tab);
            await Expect(answer).Not.ToHaveAttributeAsync("data-status", "streaming", new() { Timeout = WebAppTab.CliTurnTimeout });
            await tab.ScreenshotAsync("image-thumbnails");
        });

        await tab.StepAsync("A thumbnail opens the whole image, and Escape closes it", async () =>
        {
            await tab.UserMessage(Question).GetByRole(AriaRole.Button, new() { Name = $"Open {PastedName}" }).ClickAsync();
            var viewer = tab.ByTestId("image-viewer");
            await Expect(viewer).ToBeVisibleAsync();
            await ExpectLoadedAsync(viewer.GetByTestId("image-viewer-image"));
            await tab.ScreenshotAsync("image-viewer");
            await page.Keyboard.PressAsync("Escape");
            await Expect(viewer).ToHaveCountAsync(0);
        });

        await tab.StepAsync("After a reload the message still shows both thumbnails", async () =>
        {
            await page.ReloadAsync();
            await ExpectThumbnailsAsync(tab);
        });

        await tab.StepAsync("A second tab on the conversation shows both thumbnails too", async () =>
        {
            var second = new WebAppTab(await page.Context.NewPageAsync(), app, screenshotSuffix);
            await second.Page.GotoAsync(page.Url);
            await ExpectThumbnailsAsync(second);
            await second.Page.CloseAsync();
        });

        await page.Context.CloseAsync();
    }

    private static async Task ExpectThumbnailsAsync(WebAppTab tab)
    {
        var thumbnails = tab.UserMessage(Question).GetByTestId("image-thumbnail");
        await Expect(thumbnails).ToHaveCountAsync(2);
        await Expect(thumbnails.Nth(0)).ToHaveAttributeAsync("alt", PastedName);
        await Expect(thumbnails.Nth(1)).ToHaveAttributeAsync("alt", DroppedName);
        await ExpectLoadedAsync(thumbnails.Nth(0));
        await ExpectLoadedAsync(thumbnails.Nth(1));
    }

    /// <summary>The image was fetched and decoded: a refused or broken one has no natural size.</summary>
    private static async Task ExpectLoadedAsync(ILocator image)
    {
        await Expect(image).ToBeVisibleAsync();
        await Expect(image).ToHaveJSPropertyAsync("complete", true);
        await Expect(image).ToHaveJSPropertyAsync("naturalWidth", 48);
    }

    // What a browser does when a person pastes a screenshot: a paste event whose clipboard holds a file.
    private const string PasteScript = """
        ({ name, base64 }) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([Uint8Array.from(atob(base64), c => c.charCodeAt(0))], name, { type: 'image/png' }));
          const input = document.querySelector('[data-testid=composer-input]');
          input.focus();
          input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
        }
        """;

    // What a browser does when a person drags a file from elsewhere and lets go over the composer.
    private const string DropScript = """
        ({ name, base64 }) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([Uint8Array.from(atob(base64), c => c.charCodeAt(0))], name, { type: 'image/png' }));
          const composer = document.querySelector('form[aria-label="Message composer"]');
          for (const type of ['dragenter', 'dragover', 'drop']) {
            composer.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
          }
        }
        """;

    // 48×32 PNGs of one colour each.
    private const string RedPng = "iVBORw0KGgoAAAANSUhEUgAAADAAAAAgCAIAAADbtmxLAAAAMklEQVR42u3OQQ0AAAgEoItjCPunMIwtnA82ApDpeiVCQkJCQkJCQkJCQkJCQkJCQpcWRiCAajnD//oAAAAASUVORK5CYII=";
    private const string BluePng = "iVBORw0KGgoAAAANSUhEUgAAADAAAAAgCAIAAADbtmxLAAAAMUlEQVR42u3OQQ0AAAgEoItjJrMbxhbOBxsBSPW8EiEhISEhISEhISEhISEhISGhSwt1OTR5dp3ImwAAAABJRU5ErkJggg==";
}
