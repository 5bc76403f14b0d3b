using Baton.Tests.Infrastructure;
using Baton.Tests.Security;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// What a script in the page could take, and what a person with several tabs notices: the refresh
/// token is never readable, a reload keeps the person signed in, and tabs refreshing at once share
/// one session without signing it out.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class SessionSecurityTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public async Task The_refresh_token_is_only_in_an_http_only_cookie_and_a_reload_keeps_the_person_signed_in()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"));
        var tab = new WebAppTab(page, app);
        await tab.SignInAsync(user.Email, ApiUser.Password);

        await tab.StepAsync("No script of the page can read a token", async () =>
        {
            var readable = await page.EvaluateAsync<string>(
                "() => JSON.stringify([document.cookie, { ...localStorage }, { ...sessionStorage }])");
            Assert.DoesNotContain("brt_", readable);
            Assert.DoesNotContain("eyJ", readable);
            var cookie = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == BrowserRequests.RefreshCookie);
            Assert.True(cookie.HttpOnly);
            Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
            Assert.Equal("/api/auth", cookie.Path);
        });

        await tab.StepAsync("A reload keeps the person signed in", async () =>
        {
            await page.ReloadAsync();
            await Expect(tab.ByTestId("signed-in-user")).ToHaveTextAsync(user.Email);
            await Expect(tab.ByTestId("connection-status")).ToHaveAttributeAsync("data-status", "connected");
        });
    }

    [Fact]
    public async Task Two_tabs_refreshing_at_once_stay_signed_in_and_a_sign_out_in_one_signs_out_both()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var context = await chromium.NewContextAsync(app.GetEndpoint("frontend"));
        var first = new WebAppTab(await context.NewPageAsync(), app, "-first-tab");
        var second = new WebAppTab(await context.NewPageAsync(), app, "-second-tab");
        await first.SignInAsync(user.Email, ApiUser.Password);

        await second.StepAsync("A second tab opens signed in", async () =>
        {
            await second.Page.GotoAsync("/");
            await ExpectSignedInAsync(second, user.Email);
        });

        // Each reload trades the refresh cookie for a new one. Every refresh is held until the other tab's
        // arrives too (or a moment has passed): a tab that did not wait for the other's refresh would
        // present the same cookie at the same time, and a cookie presented twice signs the session out.
        await context.RouteAsync("**/api/auth/refresh", new RefreshMeeting().HoldAsync);
        for (var round = 1; round <= 2; round++)
        {
            await first.StepAsync($"Both tabs reload at once, round {round}", async () =>
            {
                await Task.WhenAll(first.Page.ReloadAsync(), second.Page.ReloadAsync());
                await ExpectSignedInAsync(first, user.Email);
                await ExpectSignedInAsync(second, user.Email);
            });
        }

        await context.UnrouteAllAsync();
        await first.StepAsync("The session was never taken for a stolen one", () =>
        {
            Assert.DoesNotContain(app.Logs.Lines("api"), line => line.Contains("was presented again after use", StringComparison.Ordinal));
            return Task.CompletedTask;
        });

        await first.StepAsync("Signing out in one tab signs out the other", async () =>
        {
            await first.ByTestId("sign-out").ClickAsync();
            await Expect(first.ByTestId("sign-in-form")).ToBeVisibleAsync();
            await Expect(second.ByTestId("sign-in-form")).ToBeVisibleAsync();
            await second.Page.ReloadAsync();
            await Expect(second.ByTestId("sign-in-form")).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task The_web_app_is_served_with_the_policy_and_headers_the_api_sends_with_it()
    {
        using var client = new HttpClient();

        using var frontend = await client.GetAsync(app.GetEndpoint("frontend"));
        using var api = await client.GetAsync(new Uri(app.GetEndpoint("api"), "/health"));

        var webPolicy = SecurityHeaderTests.ContentSecurityPolicyOf(frontend);
        var apiPolicy = SecurityHeaderTests.ContentSecurityPolicyOf(api);
        // Each names its own WebSocket.
        Assert.Equal(SecurityHeaderTests.DirectivesBesides(apiPolicy, "connect-src"), SecurityHeaderTests.DirectivesBesides(webPolicy, "connect-src"));
        Assert.Equal($"'self' ws://{app.GetEndpoint("frontend").Authority}", webPolicy["connect-src"]);
        foreach (var header in new[] { "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy" })
        {
            Assert.Equal(api.Headers.GetValues(header), frontend.Headers.GetValues(header));
        }
    }

    private static async Task ExpectSignedInAsync(WebAppTab tab, string email)
    {
        await Expect(tab.ByTestId("signed-in-user")).ToHaveTextAsync(email);
        await Expect(tab.ByTestId("connection-status")).ToHaveAttributeAsync("data-status", "connected");
    }

    /// <summary>Holds each refresh request until a second one arrives, or for two seconds at most, then lets both go.</summary>
    private sealed class RefreshMeeting
    {
        private static readonly TimeSpan LongestHold = TimeSpan.FromSeconds(2);

        private readonly Lock _gate = new();
        private TaskCompletionSource? _waiting;

        public async Task HoldAsync(IRoute route)
        {
            TaskCompletionSource met;
            lock (_gate)
            {
                if (_waiting is { } earlier)
                {
                    _waiting = null;
                    earlier.TrySetResult();
                    met = earlier;
                }
                else
                {
                    met = _waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }

            await Task.WhenAny(met.Task, Task.Delay(LongestHold));
            lock (_gate)
            {
                if (_waiting == met)
                {
                    _waiting = null;
                }
            }

            await route.ContinueAsync();
        }
    }
}
