using Baton.ScriptedModel.Scenarios;
using Baton.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// A plan from the real CLI in plan mode (the scripted model's plan scenario): it shows as Markdown with the
/// CLI's choices; approved into accept-edits, the file is written without a prompt and the conversation's
/// header shows the mode; after a reload the plan and the choice are still there.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class PlanTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public Task A_plan_approved_into_accept_edits_is_carried_out_without_asking() => RunAsync(1280, 800, "");

    [Fact]
    public Task A_plan_approved_into_accept_edits_is_carried_out_without_asking_on_a_phone() => RunAsync(390, 844, "-phone");

    private async Task RunAsync(int width, int height, string screenshotSuffix)
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        var tab = new WebAppTab(page, app, screenshotSuffix);
        var root = await tab.StartInNewProjectAsync("plans");
        var header = tab.ByTestId("run-settings");

        await tab.StepAsync("Choose plan mode in the conversation's header", async () =>
        {
            await tab.ByTestId("permission-mode-select").SelectOptionAsync("plan");
            await Expect(header).ToHaveAttributeAsync("data-mode", "plan");
        });

        var answer = await tab.StepAsync("Claude presents a plan, shown as Markdown with the choices", async () =>
        {
            var sent = await tab.SendAsync("plan the change");
            var card = sent.Locator("[data-testid=plan-card][data-state=pending]");
            await Expect(card).ToBeVisibleAsync(new() { Timeout = WebAppTab.CliTurnTimeout });
            await Expect(card.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = PlanScript.PlanHeading })).ToBeVisibleAsync();
            await Expect(card.Locator("table")).ToBeVisibleAsync();
            await Expect(card.GetByTestId("plan-approve-accept-edits")).ToBeVisibleAsync();
            await Expect(card.GetByTestId("plan-approve-default")).ToBeVisibleAsync();
            await Expect(card.GetByTestId("plan-keep-planning")).ToBeVisibleAsync();
            // This bridge does not allow bypass, so it is no choice.
            await Expect(card.GetByTestId("plan-approve-bypass")).ToHaveCountAsync(0);
            await Expect(sent.Locator("[data-testid=permission-card]")).ToHaveCountAsync(0);
            await tab.ScreenshotAsync("plan-card");
            return sent;
        });

        await tab.StepAsync("Approve and accept edits: the file is written without a prompt", async () =>
        {
            await answer.GetByTestId("plan-approve-accept-edits").ClickAsync();
            await Expect(answer).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = WebAppTab.CliTurnTimeout });
            await Expect(answer).ToContainTextAsync(PlanScript.DoneText);
            await Expect(answer.Locator("[data-testid=permission-card]")).ToHaveCountAsync(0);
            Assert.True(File.Exists(Path.Combine(root, PlanScript.FileName)));
            await Expect(header).ToHaveAttributeAsync("data-mode", "acceptEdits");
            await Expect(answer.GetByTestId("plan-outcome")).ToContainTextAsync("Accept edits");
            await tab.ScreenshotAsync("plan-approved");
        });

        await tab.StepAsync("After a reload the plan, the choice and the mode are still there", async () =>
        {
            await page.ReloadAsync();
            var card = answer.GetByTestId("plan-card");
            await Expect(card).ToHaveAttributeAsync("data-state", "resolved");
            await Expect(card.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = PlanScript.PlanHeading })).ToBeVisibleAsync();
            await Expect(card.GetByTestId("plan-outcome")).ToContainTextAsync("Approved: continuing in “Accept edits” mode.");
            await Expect(header).ToHaveAttributeAsync("data-mode", "acceptEdits");
        });

        await page.Context.CloseAsync();
    }
}
