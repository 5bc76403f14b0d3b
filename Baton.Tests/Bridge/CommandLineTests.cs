using Baton.Bridge.CommandLine;

namespace Baton.Tests.Bridge;

/// <summary>What <c>baton-bridge</c> makes of what a person types.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void The_switches_become_the_bridge_settings()
    {
        var invocation = BridgeCommandLine.Parse(
            ["--server", "https://baton.example.com", "--token=brt_1", "--workspace", "/home/ann/code", "--name", "Ann's laptop", "--status-port", "7011"]);

        var start = Assert.IsType<BridgeInvocation.Start>(invocation);
        Assert.Equal(
            ["--Bridge:ApiUrl=https://baton.example.com", "--Bridge:Token=brt_1", "--Bridge:WorkspaceRoots:0=/home/ann/code", "--Bridge:Name=Ann's laptop", "--Bridge:StatusPort=7011"],
            start.Arguments);
    }

    [Fact]
    public void Each_workspace_adds_a_root_and_a_relative_one_is_taken_from_where_the_command_ran()
    {
        var start = Assert.IsType<BridgeInvocation.Start>(BridgeCommandLine.Parse(["--workspace", "/srv/a", "--workspace", "code"]));

        Assert.Equal(["--Bridge:WorkspaceRoots:0=/srv/a", $"--Bridge:WorkspaceRoots:1={Path.GetFullPath("code")}"], start.Arguments);
    }

    [Fact]
    public void Configuration_switches_pass_through_so_every_setting_can_still_be_given()
    {
        var start = Assert.IsType<BridgeInvocation.Start>(
            BridgeCommandLine.Parse(["--Claude:CliPath", "/opt/claude", "--Bridge:MaxReconnectDelay=00:00:05", "--urls=http://127.0.0.1:0"]));

        Assert.Equal(["--Claude:CliPath=/opt/claude", "--Bridge:MaxReconnectDelay=00:00:05", "--urls=http://127.0.0.1:0"], start.Arguments);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_shows_the_usage(string help)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = BridgeProgram.Run(["--token", "x", help], output, error);

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage: baton-bridge --server URL --token TOKEN --workspace DIR", output.ToString());
        Assert.Empty(error.ToString());
    }

    [Theory]
    [InlineData("Unknown option '--sever'", "--sever", "https://baton.example.com")]
    [InlineData("--token needs a value", "--token")]
    [InlineData("--token needs a value", "--token", "--server", "https://baton.example.com")]
    [InlineData("--server must be Baton's http:// or https:// address", "--server", "baton.example.com")]
    [InlineData("--server must be Baton's http:// or https:// address", "--server", "ftp://baton.example.com")]
    [InlineData("--status-port must be a port number from 1 to 65535", "--status-port", "70000")]
    [InlineData("Unexpected argument 'laptop'", "--name", "work", "laptop")]
    public void A_bad_argument_is_refused_in_one_line_with_exit_code_2(string problem, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = BridgeProgram.Run(args, output, error);

        Assert.Equal(BridgeProgram.UsageError, exitCode);
        var line = Assert.Single(error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("baton-bridge: ", line);
        Assert.Contains(problem, line);
        Assert.EndsWith("Run baton-bridge --help for the options.", line);
    }

    [Fact]
    public void Missing_settings_are_named_in_one_line_with_exit_code_2_before_anything_starts()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = BridgeProgram.Run(["--server", "https://baton.example.com"], output, error);

        Assert.Equal(BridgeProgram.UsageError, exitCode);
        var line = Assert.Single(error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(
            "baton-bridge: Set --token (Bridge:Token) to a bridge token created on Baton's Bridges page. "
            + "Set --workspace (Bridge:WorkspaceRoots:0) to a folder with your code. Run baton-bridge --help for the options.",
            line);
        Assert.Empty(output.ToString());
    }
}
