using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace Baton.Tests.Browser;

/// <summary>
/// One Debian Chromium per test assembly, driven by Playwright's bundled driver (no browser
/// download). Tests open a fresh context each, so they share nothing but the process. Every page
/// reports what its Content-Security-Policy refused: the step of <see cref="WebAppTab"/> that caused
/// it fails, and so does the test (each test class checks as it is disposed) and, for a violation that
/// arrived later still, the class.
/// Every page also keeps a <see cref="PageDiary"/> of its realtime traffic, which a failed step tells.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string ViolationBinding = "batonReportCspViolation";

    // Added by the browser itself before any script of the page runs, so the page's own policy does not apply to it.
    private const string ViolationListener = $$"""
        document.addEventListener('securitypolicyviolation', event => window.{{ViolationBinding}}(
          `${event.effectiveDirective} refused ${event.blockedURI || 'inline code'} in ${event.sourceFile || event.documentURI}:${event.lineNumber}`));
        """;

    private static readonly ConditionalWeakTable<IBrowserContext, ConcurrentQueue<string>> ViolationsByContext = new();

    private readonly ConcurrentQueue<string> _allViolations = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots of what a person sees are kept (a CI artifact).</summary>
    public static string ScreenshotFolder { get; } = Infrastructure.RepositoryPaths.Combine("artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: scripts/setup.sh --for-tests installs Debian's chromium.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--disable-gpu", "--disable-quic"],
        });
    }

    public async Task<IPage> NewPageAsync(Uri baseAddress, int width = 1280, int height = 800) =>
        await (await NewContextAsync(baseAddress, width, height)).NewPageAsync();

    /// <summary>A context of its own: its pages are tabs of one browser profile, sharing cookies and storage.</summary>
    public async Task<IBrowserContext> NewContextAsync(Uri baseAddress, int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        var violations = ViolationsByContext.GetValue(context, _ => new ConcurrentQueue<string>());
        await context.ExposeFunctionAsync(ViolationBinding, (string violation) =>
        {
            violations.Enqueue(violation);
            _allViolations.Enqueue(violation);
        });
        await context.AddInitScriptAsync(ViolationListener);
        await context.AddInitScriptAsync(PageDiary.InitScript);
        return context;
    }

    /// <summary>Fails when a page of this fixture's has had anything refused since the last check: called as each test ends.</summary>
    public void ExpectNoCspViolations()
    {
        var violations = new List<string>();
        while (_allViolations.TryDequeue(out var violation))
        {
            violations.Add(violation);
        }

        Assert.True(violations.Count == 0, $"The Content-Security-Policy refused:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    /// <summary>Fails when the page's Content-Security-Policy has refused anything so far.</summary>
    public static void ExpectNoCspViolations(IPage page)
    {
        if (ViolationsByContext.TryGetValue(page.Context, out var violations) && !violations.IsEmpty)
        {
            throw new XunitException($"The Content-Security-Policy refused:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
        }
    }

    public static async Task SaveScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}.png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        Assert.True(_allViolations.IsEmpty, $"The Content-Security-Policy refused:{Environment.NewLine}{string.Join(Environment.NewLine, _allViolations)}");
    }
}
