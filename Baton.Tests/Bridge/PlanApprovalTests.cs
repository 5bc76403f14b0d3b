using System.Text.Json;
using Baton.Contracts.Errors;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Baton.ScriptedModel.Scenarios;
using Baton.Tests.Bridge.Support;

namespace Baton.Tests.Bridge;

/// <summary>Approving a plan into another mode, and switching a conversation's live process, on the bridge with the real CLI.</summary>
public sealed class PlanApprovalTests
{
    [Fact]
    public async Task A_plan_approved_into_bypass_goes_on_without_asking_where_the_bridge_allows_bypass()
    {
        await using var host = await BridgeTestHost.StartAsync(["--Claude:AllowBypass=true"]);

        var requestId = await host.StartRunAsync(host.NewRun("plan the change", mode: PermissionMode.Plan));
        var plan = await host.WaitForPermissionRequestAsync(requestId);
        var bypass = JsonSerializer.SerializeToElement(new { type = "setMode", mode = "bypassPermissions", destination = "session" });
        await host.RespondAsync(new CliPermissionResponse(plan.PromptId, PermissionBehavior.Allow, JsonSerializer.SerializeToElement(new { }), [bypass], null, null));
        var completion = await host.WaitForCompletionAsync(requestId);
        var log = host.Recorder.Run(requestId);

        Assert.Equal(PlanScript.ToolName, plan.ToolName);
        Assert.Equal(JsonValueKind.Object, plan.Input.ValueKind);
        Assert.Empty(plan.Input.EnumerateObject());
        Assert.Single(log.PermissionRequests);
        Assert.Equal(PlanScript.DoneText, completion.ResultText);
        Assert.True(File.Exists(Path.Combine(host.ProjectRoot, PlanScript.FileName)));
        Assert.Contains(log.LinesOf("system", "status"), line => RunLog.Text(line, "permissionMode") == "bypassPermissions");
    }

    [Fact]
    public async Task A_live_switch_reaches_the_conversation_s_process_and_bypass_is_refused_where_not_allowed()
    {
        await using var host = await BridgeTestHost.StartAsync();
        using var timeout = new CancellationTokenSource(BridgeTestHost.CallTimeout * 3);

        var before = await host.Bridge.Configure(new ConfigureRunRequest(host.ConversationId, PermissionMode.AcceptEdits, null), timeout.Token);
        await host.WaitForCompletionAsync(await host.StartRunAsync("hello"));
        var switched = await host.Bridge.Configure(new ConfigureRunRequest(host.ConversationId, PermissionMode.AcceptEdits, "haiku"), timeout.Token);
        var bypass = await host.Bridge.Configure(new ConfigureRunRequest(host.ConversationId, PermissionMode.BypassPermissions, null), timeout.Token);

        Assert.Equal(ConfigureResult.NoProcess(), before);
        Assert.Equal(ConfigureResult.Switched(), switched);
        Assert.Equal(ErrorCodes.BypassNotAllowed, bypass.Code);
    }
}
