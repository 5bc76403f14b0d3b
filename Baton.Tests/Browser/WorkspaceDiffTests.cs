using Baton.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Baton.Tests.Browser;

/// <summary>
/// From a conversation, "Workspace changes" shows what git (run by the real bridge) says has changed
/// in the project's folder: a modified file's numbered diff, a staged new file, an untracked one; and
/// a clear message once the folder is no longer a git repository.
/// </summary>
[Collection(FullAppCollection.Name)]
public sealed class WorkspaceDiffTests(FullAppFixture app, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    public void Dispose() => chromium.ExpectNoCspViolations();

    [Fact]
    public Task The_workspace_changes_show_each_file_with_its_diff() => RunAsync(1280, 800, "");

    [Fact]
    public Task The_workspace_changes_show_each_file_with_its_diff_on_a_phone() => RunAsync(390, 844, "-phone");

    private async Task RunAsync(int width, int height, string screenshotSuffix)
    {
        var page = await chromium.NewPageAsync(app.GetEndpoint("frontend"), width, height);
        var tab = new WebAppTab(page, app, screenshotSuffix);
        var root = await tab.StartInNewProjectAsync("gitdiff", PrepareRepositoryAsync);
        var dialog = tab.ByTestId("workspace-changes");

        await tab.StepAsync("Open the workspace changes from the conversation", async () =>
        {
            await tab.ByTestId("workspace-changes-open").ClickAsync();
            await Expect(dialog.GetByTestId("workspace-summary")).ToHaveTextAsync("3 changed files");
            await Expect(dialog.GetByTestId("workspace-branch")).ToHaveTextAsync("on main");
        });

        await tab.StepAsync("Each file shows its status; the modified one opens to its numbered diff", async () =>
        {
            var files = dialog.GetByTestId("workspace-file");
            await Expect(files).ToHaveCountAsync(3);
            await Expect(File(dialog, "README.md")).ToHaveAttributeAsync("data-status", "modified");
            await Expect(File(dialog, "added.txt")).ToHaveAttributeAsync("data-status", "added");
            await Expect(File(dialog, "notes.txt")).ToHaveAttributeAsync("data-status", "untracked");

            var readme = File(dialog, "README.md");
            await readme.Locator("summary").ClickAsync();
            var unstaged = readme.GetByTestId("workspace-unstaged");
            await Expect(unstaged.Locator("[data-diff=removed]")).ToContainTextAsync("3      - Old line");
            await Expect(unstaged.Locator("[data-diff=added]")).ToContainTextAsync("3 + New line");

            var added = File(dialog, "added.txt");
            await added.Locator("summary").ClickAsync();
            await Expect(added.GetByTestId("workspace-staged").Locator("[data-diff=added]")).ToContainTextAsync("+ A staged new file");

            var box = await dialog.BoundingBoxAsync();
            Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= width, $"The dialog does not fit a {width}-pixel screen.");
            await tab.ScreenshotAsync("workspace-changes");
        });

        await tab.StepAsync("A folder that is no longer a git repository says so", async () =>
        {
            Directory.Delete(Path.Combine(root, ".git"), recursive: true);
            await dialog.GetByTestId("workspace-changes-refresh").ClickAsync();
            await Expect(dialog.GetByTestId("workspace-not-a-repository")).ToContainTextAsync("not a git repository");
            await Expect(dialog.GetByTestId("workspace-file")).ToHaveCountAsync(0);
            await tab.ScreenshotAsync("workspace-not-a-repository");
        });

        await page.Context.CloseAsync();
    }

    private static Microsoft.Playwright.ILocator File(Microsoft.Playwright.ILocator dialog, string path) =>
        dialog.Locator($"[data-testid=workspace-file][data-path='{path}']");

    private static async Task PrepareRepositoryAsync(string folder)
    {
        await GitFolder.InitAsync(folder, new Dictionary<string, string> { ["README.md"] = "# Project\n\nOld line\n" });
        await GitFolder.WriteAsync(folder, "README.md", "# Project\n\nNew line\n");
        await GitFolder.WriteAsync(folder, "added.txt", "A staged new file\n");
        await GitFolder.RunAsync(folder, "add", "added.txt");
        await GitFolder.WriteAsync(folder, "notes.txt", "Not tracked yet\n");
    }
}
