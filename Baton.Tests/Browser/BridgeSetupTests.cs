using System.Diagnostics;
using System.Text.RegularExpressions;
using Baton.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>A newcomer signs up, makes a bridge token and starts a bridge with the command the web app shows.</summary>
[Collection(FullAppCollection.Name)]
public sealed partial class BridgeSetupTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private const string WorkspaceRootSetting = "Bridge:WorkspaceRoots:0";
    private static readonly TimeSpan BridgeStartTimeout = TimeSpan.FromSeconds(60);

    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public async Task A_new_user_starts_a_bridge_with_the_shown_command_and_sees_it_come_online()
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"));
        var tab = new WebAppTab(page, app);
        var email = $"newcomer-{Guid.NewGuid():N}@baton.test";
        var bridgeName = $"laptop-{Guid.NewGuid():N}"[..15];
        var workspace = Path.Combine(app.WorkspaceRoot, bridgeName);
        Directory.CreateDirectory(Path.Combine(workspace, "app"));
        await File.WriteAllTextAsync(Path.Combine(workspace, "app", "README.md"), "# The newcomer's app");

        await tab.StepAsync("Sign up", async () =>
        {
            await page.GotoAsync("/");
            await tab.ByTestId("sign-in-switch-mode").ClickAsync();
            await tab.ByTestId("sign-in-email").FillAsync(email);
            await tab.ByTestId("sign-in-password").FillAsync(ApiUser.Password);
            await tab.ByTestId("sign-in-submit").ClickAsync();
            await Expect(tab.ByTestId("signed-in-user")).ToHaveTextAsync(email);
        });

        var command = "";
        await tab.StepAsync("Create a bridge and its token", async () =>
        {
            await tab.ByTestId("nav-bridges").ClickAsync();
            await tab.ByTestId("create-bridge-name").FillAsync(bridgeName);
            await tab.ByTestId("create-bridge-submit").ClickAsync();
            await Expect(tab.ByTestId("bridge-command")).ToContainTextAsync("--Bridge:Token=");
            await Expect(tab.ByTestId("bridge-item")).ToHaveAttributeAsync("data-online", "false");
            await tab.ScreenshotAsync("bridge-token");
            command = await tab.ByTestId("bridge-command").InnerTextAsync();
        });

        using var bridge = StartBridge(command, workspace);
        await tab.StepAsync("The bridge comes online without a reload", async () =>
        {
            await Expect(tab.ByTestId("bridge-item")).ToHaveAttributeAsync("data-online", "true", new() { Timeout = (float)BridgeStartTimeout.TotalMilliseconds });
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

    /// <summary>
    /// Runs the command the page shows, with the folder filled in, from the bridge's build output
    /// rather than through <c>dotnet run</c>, which would build it again.
    /// </summary>
    private static RunningProcess StartBridge(string command, string workspace)
    {
        Assert.StartsWith("dotnet run --project Baton.Bridge -- ", command);
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(RepositoryPaths.BuildOutput("Baton.Bridge"), "Baton.Bridge.dll"));
        foreach (Match setting in Setting().Matches(command))
        {
            var value = setting.Groups["name"].Value == WorkspaceRootSetting ? workspace : setting.Groups["value"].Value;
            startInfo.ArgumentList.Add($"--{setting.Groups["name"].Value}={value}");
        }

        // Exactly the command shown: the bridge finds the checkout's pinned CLI itself and opens no port.
        Assert.Contains($"--{WorkspaceRootSetting}={workspace}", startInfo.ArgumentList);
        return new RunningProcess(Process.Start(startInfo)!);
    }

    /// <summary>A <c>--Section:Key=value</c> argument; a placeholder value is in angle brackets and may hold spaces.</summary>
    [GeneratedRegex("--(?<name>[A-Za-z]+(:[A-Za-z0-9]+)+)=(?<value><[^>]*>|\\S+)")]
    private static partial Regex Setting();
}
