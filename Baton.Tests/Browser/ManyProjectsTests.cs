using Baton.Api.Endpoints.Projects;
using Baton.Contracts;
using Baton.Contracts.Errors;
using Baton.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// A person with more projects than a tab may make calls at once: the projects page shows each one's bridge state,
/// and what they do next is carried out rather than refused as too many calls (a bridge is asked once for its health,
/// however many of its projects are listed).
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class ManyProjectsTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private const int ProjectCount = 2 * BatonDefaults.ChatCallBurst;

    public void Dispose() => chromium.ExpectNoCspViolations();

    [Theory]
    [InlineData(1280, 800, "")]
    [InlineData(390, 844, "-phone")]
    public async Task The_projects_page_shows_every_bridge_state_without_refused_calls_and_the_next_change_is_stored(int width, int height, string suffix)
    {
        using var user = await ApiUser.SignUpAsync(app);
        var bridge = await user.CreateBridgeAsync("desk");
        var projects = new List<ProjectResponse>();
        for (var at = 0; at < ProjectCount; at++)
        {
            projects.Add(await user.CreateProjectAsync(bridge.Id, $"many-{at:D2}"));
        }

        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        var tab = new WebAppTab(page, app, suffix);
        await tab.SignInAsync(user.Email, ApiUser.Password);

        await tab.StepAsync("The projects page lists every project with its bridge offline", async () =>
        {
            await tab.ByTestId("nav-projects").ClickAsync();
            await Expect(tab.ByTestId("project-item")).ToHaveCountAsync(ProjectCount);
            await Expect(page.Locator("[data-testid=bridge-status][data-state=offline]")).ToHaveCountAsync(ProjectCount);
            Assert.DoesNotContain(await PageDiary.ReadLinesAsync(page), line => line.Contains(ErrorCodes.RateLimited, StringComparison.Ordinal));
            await tab.ScreenshotAsync("many-projects");
        });

        await tab.StepAsync("Straight after, one of them opens", async () =>
        {
            await tab.ByTestId("project-link").Filter(new() { HasText = projects[0].Name }).ClickAsync();
            await Expect(tab.ByTestId("project-name")).ToHaveTextAsync(projects[0].Name);
        });
        await tab.StartConversationAsync();

        await tab.StepAsync("A conversation's mode is chosen and stays chosen after a reload", async () =>
        {
            await tab.ByTestId("permission-mode-select").SelectOptionAsync("plan");
            await Expect(tab.ByTestId("run-settings")).ToHaveAttributeAsync("data-mode", "plan");
            await page.ReloadAsync();
            await Expect(tab.ByTestId("run-settings")).ToHaveAttributeAsync("data-mode", "plan");
        });

        await page.Context.CloseAsync();
    }
}
