using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Baton.Tests.Bridge.Support;

namespace Baton.Tests.Bridge;

/// <summary>The CLI, and every command the model runs through it, gets what it needs and not the bridge's secrets.</summary>
public sealed class CliEnvironmentTests
{
    [Fact]
    public async Task The_bridge_settings_in_its_environment_do_not_reach_the_cli()
    {
        const string probe = "Bridge__TestProbe";
        var secret = Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(probe, secret);
        try
        {
            await using var host = await BridgeTestHost.StartAsync();

            var requestId = await host.StartRunAsync("run printenv");
            var prompt = await host.WaitForPermissionRequestAsync(requestId);
            await host.RespondAsync(new CliPermissionResponse(prompt.PromptId, PermissionBehavior.Allow, null, null, null, null));
            var log = await host.WaitForEndAsync(requestId);

            var completion = Assert.IsType<RunCompleted>(log.Terminal!.Payload);
            var toolResult = log.LinesOf("user").Single(line => line.ToString().Contains("tool_result")).ToString();
            Assert.Contains($"CLAUDE_CONFIG_DIR={host.ConfigDir}", toolResult);
            Assert.Contains("CLAUDE_CODE_MAX_RETRIES=0", toolResult);
            Assert.DoesNotContain(secret, toolResult);
            Assert.StartsWith("Done.", completion.ResultText);
        }
        finally
        {
            Environment.SetEnvironmentVariable(probe, null);
        }
    }
}
