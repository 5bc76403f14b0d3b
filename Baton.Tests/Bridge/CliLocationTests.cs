using Baton.Bridge.Cli;
using Baton.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Baton.Tests.Bridge;

/// <summary>Which Claude Code CLI a bridge started outside the AppHost runs.</summary>
public sealed class CliLocationTests
{
    [Fact]
    public async Task Without_a_configured_path_a_bridge_run_from_the_checkout_runs_its_pinned_cli()
    {
        var locator = new ClaudeCliLocator(Options.Create(new ClaudeCliOptions()), NullLogger<ClaudeCliLocator>.Instance);

        var cli = await locator.GetAsync();

        Assert.Equal(RepositoryPaths.Combine("tools", "claude-cli", "node_modules", ".bin", "claude"), cli.Path);
        Assert.True(cli.Found);
    }

    [Fact]
    public async Task A_configured_path_wins_over_the_pinned_cli_and_a_missing_one_is_reported_not_found()
    {
        var locator = new ClaudeCliLocator(Options.Create(new ClaudeCliOptions { CliPath = "/nonexistent/claude" }), NullLogger<ClaudeCliLocator>.Instance);

        var cli = await locator.GetAsync();

        Assert.False(cli.Found);
        Assert.Null(cli.Path);
    }
}
