using System.Text.RegularExpressions;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Foundation;

/// <summary>
/// A normal start is quiet: whoever reads the API's log after starting Baton finds no error in it, up to
/// the line that ends its start (the fixture waits for that line).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class CleanStartTests(ApiFixture app)
{
    [Theory]
    [InlineData("api")]
    [InlineData("api2")]
    public void A_normal_start_logs_no_error_and_no_missing_web_root(string instance)
    {
        var lines = app.StartLogs[instance].Select(line => ConsoleColours().Replace(line, "")).ToList();

        var errors = lines.Where(line => ErrorLevel().IsMatch(line) || line.Contains("WebRootPath", StringComparison.Ordinal)).ToList();

        Assert.True(errors.Count == 0, $"The start logged:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
    }

    /// <summary>The console logger's level as it begins an entry, after the orchestrator's timestamp.</summary>
    [GeneratedRegex(@"^\S+\s+(fail|crit): ")]
    private static partial Regex ErrorLevel();

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex ConsoleColours();
}
