using Baton.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// A newcomer signs up, makes a bridge token, and on a machine without Baton's code downloads the
/// bridge from the server, installs and starts it with the commands the web app shows.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class BridgeSetupTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private static readonly string[] SetupSteps = ["download", "install", "start"];
    private static readonly TimeSpan BridgeStartTimeout = TimeSpan.FromSeconds(60);

    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public async Task A_new_user_installs_a_bridge_from_the_server_with_the_shown_commands_and_sees_it_come_online()
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"));
        var tab = new WebAppTab(page, app);
        var email = $"newcomer-{Guid.NewGuid():N}@baton.test";
        var bridgeName = $"laptop-{Guid.NewGuid():N}"[..15];

        await tab.StepAsync("Sign up", async () =>
        {
            await page.GotoAsync("/");
            await tab.ByTestId("sign-in-switch-mode").ClickAsync();
            await tab.ByTestId("sign-in-email").FillAsync(email);
            await tab.ByTestId("sign-in-password").FillAsync(ApiUser.Password);
            await tab.ByTestId("sign-in-submit").ClickAsync();
            await Expect(tab.ByTestId("signed-in-user")).ToHaveTextAsync(email);
        });

        var commands = new Dictionary<string, string>();
        var token = "";
        await tab.StepAsync("Create a bridge and its token", async () =>
        {
            await tab.ByTestId("nav-bridges").ClickAsync();
            await tab.ByTestId("create-bridge-name").FillAsync(bridgeName);
            await tab.ByTestId("create-bridge-submit").ClickAsync();
            await Expect(tab.ByTestId("bridge-start-command")).ToContainTextAsync("--token ");
            await Expect(tab.ByTestId("bridge-item")).ToHaveAttributeAsync("data-online", "false");
            await tab.ScreenshotAsync("bridge-token");
            token = await tab.ByTestId("bridge-token").InnerTextAsync();
            foreach (var step in SetupSteps)
            {
                commands[step] = await tab.ByTestId($"bridge-{step}-command").InnerTextAsync();
            }
        });

        // The page's server address is the one this browser uses, so the bridge dials the same origin.
        var server = app.GetEndpoint("frontend").ToString().TrimEnd('/');
        Assert.Contains($"{server}/api/downloads/", commands["download"]);
        Assert.Equal($"baton-bridge --server {server} --token {token} --workspace ~/code --name {bridgeName}", commands["start"]);

        using var machine = new MachineWithoutCheckout();
        var workspace = Path.Combine(machine.Home, "code");
        Directory.CreateDirectory(Path.Combine(workspace, "app"));
        await File.WriteAllTextAsync(Path.Combine(workspace, "app", "README.md"), "# The newcomer's app");
        await machine.RunAsync(commands["download"]);
        await machine.RunAsync(commands["install"]);
        Assert.True(File.Exists(Path.Combine(machine.Home, ".dotnet", "tools", "baton-bridge")), "dotnet tool did not install baton-bridge in the home folder.");

        using var bridge = machine.Start(commands["start"]);
        await tab.StepAsync("The bridge comes online without a reload", async () =>
        {
            try
            {
                await Expect(tab.ByTestId("bridge-item")).ToHaveAttributeAsync("data-online", "true", new() { Timeout = (float)BridgeStartTimeout.TotalMilliseconds });
            }
            catch (PlaywrightException exception)
            {
                throw new PlaywrightException($"{exception.Message}{Environment.NewLine}baton-bridge printed:{Environment.NewLine}{bridge.Output}", exception);
            }

            await tab.ScreenshotAsync("bridge-online");
        });

        await tab.CreateProjectAsync("newcomer-app", Path.Combine(workspace, "app"), bridgeName);
        await tab.StepAsync("Its project shows the bridge online and the files on it", async () =>
        {
            await Expect(tab.ByTestId("bridge-status")).ToHaveAttributeAsync("data-state", "online");
            await tab.ByTestId("tab-files").ClickAsync();
            await Expect(page.Locator("[data-testid=file-entry][data-path='README.md']")).ToBeVisibleAsync();
        });

        bridge.Dispose();
        await tab.StepAsync("The stopped bridge goes offline without a reload", async () =>
        {
            await tab.ByTestId("nav-bridges").ClickAsync();
            await Expect(tab.ByTestId("bridge-item")).ToHaveAttributeAsync("data-online", "false", new() { Timeout = (float)BridgeStartTimeout.TotalMilliseconds });
        });

        await page.Context.CloseAsync();
    }
}
