using System.Text.Json;
using Baton.Api.Push;
using Baton.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// Notifications in the browser: the header's bell, and Baton's service worker showing a push as a
/// notification, with Allow and Deny buttons for a permission prompt. Headless Chromium reaches no
/// vendor's push service, so the push is delivered through the DevTools protocol, as a push service would.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class NotificationTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    public void Dispose() => chromium.ExpectNoCspViolations();

    [Theory]
    [InlineData(1280, 800, "")]
    [InlineData(390, 844, "-phone")]
    public async Task A_pushed_prompt_shows_as_a_notification_with_allow_and_deny(int width, int height, string suffix)
    {
        using var user = await ApiUser.SignUpAsync(app);
        var context = await chromium.NewContextAsync(app.GetEndpoint("frontend"), width, height);
        await context.GrantPermissionsAsync(["notifications"]);
        var page = await context.NewPageAsync();
        var tab = new WebAppTab(page, app, suffix);
        await tab.SignInAsync(user.Email, ApiUser.Password);

        await tab.StepAsync("The header offers notifications in this browser, and still fits", async () =>
        {
            var bell = tab.ByTestId("notifications-toggle");
            await Expect(bell).ToHaveAccessibleNameAsync("Notify me in this browser when Claude waits or finishes");
            await Expect(bell).ToHaveAttributeAsync("aria-pressed", "false");
            await tab.ExpectHeaderFitsAsync();
            await tab.ScreenshotAsync("notifications-bell");
        });

        var shown = await tab.StepAsync("A push from Baton shows as a notification with Allow and Deny", async () =>
        {
            var promptId = Guid.NewGuid();
            var notice = new PushNotice(
                "Tidy the README · docs", "Allow Bash: rm -rf build?", "/projects/p/c/c", $"prompt-{promptId}", new PushNoticeAnswer(promptId, "token"));
            return await PushAsync(page, JsonSerializer.Serialize(notice, ApiJson.Options));
        });

        var notification = Assert.Single(shown.EnumerateArray());
        Assert.Equal("Tidy the README · docs", notification.GetProperty("title").GetString());
        Assert.Equal("Allow Bash: rm -rf build?", notification.GetProperty("body").GetString());
        Assert.StartsWith("prompt-", notification.GetProperty("tag").GetString(), StringComparison.Ordinal);
        Assert.Equal(["Allow", "Deny"], notification.GetProperty("actions").EnumerateArray().Select(action => action.GetString()));
        Assert.True(notification.GetProperty("requireInteraction").GetBoolean(), "A prompt's notification should stay until answered.");
        await context.CloseAsync();
    }

    /// <summary>
    /// Delivers a push and returns the notifications the service worker then shows. DevTools hands a push over once and
    /// does not say whether the worker got it, and the first push to a browser just started has gone missing (twice in
    /// about a dozen CI runs): a push nothing shows for within 5 s is handed over once more, as a push service does with
    /// a push not received.
    /// </summary>
    private static async Task<JsonElement> PushAsync(IPage page, string data)
    {
        await DeliverPushAsync(page, data);
        var shown = await ShownNotificationsAsync(page, TimeSpan.FromSeconds(5));
        if (shown.GetArrayLength() > 0)
        {
            return shown;
        }

        await DeliverPushAsync(page, data);
        return await ShownNotificationsAsync(page, TimeSpan.FromSeconds(15));
    }

    /// <summary>The notifications the service worker shows, once it shows any: a push is handled in the worker, out of the page's sight.</summary>
    private static async Task<JsonElement> ShownNotificationsAsync(IPage page, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var shown = await page.EvaluateAsync<JsonElement>("""
                async () => (await (await navigator.serviceWorker.ready).getNotifications())
                    .map(n => ({ title: n.title, body: n.body, tag: n.tag, actions: n.actions.map(a => a.title), requireInteraction: n.requireInteraction }))
                """);
            if (shown.GetArrayLength() > 0 || DateTime.UtcNow > deadline)
            {
                return shown;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    /// <summary>What a push service does when a push arrives: wakes the page's service worker with it.</summary>
    private static async Task DeliverPushAsync(IPage page, string data)
    {
        // Ready means an active worker, which may still be activating: the push is handed over once it is activated.
        await page.EvaluateAsync("""
            async () => {
                const worker = (await navigator.serviceWorker.ready).active;
                if (worker.state !== 'activated') {
                    await new Promise(activated => worker.addEventListener('statechange', () => worker.state === 'activated' && activated()));
                }
                return true;
            }
            """).WaitAsync(TimeSpan.FromSeconds(15));
        var devTools = await page.Context.NewCDPSessionAsync(page);
        var registered = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        devTools.Event("ServiceWorker.workerRegistrationUpdated").OnEvent += (_, update) =>
        {
            foreach (var registration in update!.Value.GetProperty("registrations").EnumerateArray())
            {
                if (!registration.GetProperty("isDeleted").GetBoolean())
                {
                    registered.TrySetResult(registration.GetProperty("registrationId").GetString()!);
                }
            }
        };
        await devTools.SendAsync("ServiceWorker.enable");
        var registrationId = await registered.Task.WaitAsync(TimeSpan.FromSeconds(15));
        var origin = new Uri(page.Url).GetLeftPart(UriPartial.Authority);
        await devTools.SendAsync("ServiceWorker.deliverPushMessage", new Dictionary<string, object>
        {
            ["origin"] = origin,
            ["registrationId"] = registrationId,
            ["data"] = data,
        });
    }
}
