using System.Text.Json;
using Baton.Contracts.Permissions;
using Baton.Contracts.Runs;
using Baton.Tests.Bridge.Support;

namespace Baton.Tests.Bridge;

/// <summary>The CLI's permission requests reach the API and its answers reach the CLI, as the person gave them.</summary>
public sealed class PermissionTests
{
    [Fact]
    public async Task A_write_asks_and_allowing_it_writes_the_file_in_the_project()
    {
        await using var host = await BridgeTestHost.StartAsync();

        var requestId = await host.StartRunAsync("write notes.txt");
        var prompt = await host.WaitForPermissionRequestAsync(requestId);
        var applied = await host.RespondAsync(Allow(prompt.PromptId));
        var repeated = await host.RespondAsync(Allow(prompt.PromptId));
        var completion = await host.WaitForCompletionAsync(requestId);

        Assert.Equal("Write", prompt.ToolName);
        Assert.Equal(Path.Combine(host.ProjectRoot, "notes.txt"), prompt.Input.GetProperty("file_path").GetString());
        Assert.StartsWith("toolu_", prompt.ToolUseId);
        Assert.NotEmpty(prompt.Suggestions);
        Assert.True(applied.Applied);
        Assert.False(repeated.Applied);
        Assert.StartsWith("Done.", completion.ResultText);
        Assert.StartsWith("Hello from Baton!", await File.ReadAllTextAsync(Path.Combine(host.ProjectRoot, "notes.txt")));
    }

    [Fact]
    public async Task A_denied_write_leaves_no_file_and_the_model_receives_the_denial()
    {
        await using var host = await BridgeTestHost.StartAsync();

        var requestId = await host.StartRunAsync("write notes.txt");
        var prompt = await host.WaitForPermissionRequestAsync(requestId);
        await host.RespondAsync(new CliPermissionResponse(prompt.PromptId, PermissionBehavior.Deny, null, null, "Not in this project, please.", null));
        var completion = await host.WaitForCompletionAsync(requestId);

        Assert.False(File.Exists(Path.Combine(host.ProjectRoot, "notes.txt")));
        Assert.StartsWith("The tool was refused: Not in this project, please.", completion.ResultText);
        var toolResult = (await host.ModelRequestsAsync()).Select(LastToolResult).OfType<JsonElement>().Single();
        Assert.True(toolResult.GetProperty("is_error").GetBoolean());
        Assert.Contains("Not in this project, please.", toolResult.GetProperty("content").ToString());
    }

    [Fact]
    public async Task A_deny_that_stops_ends_the_run_as_aborted()
    {
        await using var host = await BridgeTestHost.StartAsync();

        var requestId = await host.StartRunAsync("run touch stopped.txt");
        var prompt = await host.WaitForPermissionRequestAsync(requestId);
        await host.RespondAsync(new CliPermissionResponse(prompt.PromptId, PermissionBehavior.Deny, null, null, "Stop here.", Interrupt: true));
        var log = await host.WaitForEndAsync(requestId);

        Assert.IsType<RunAborted>(log.Terminal!.Payload);
        Assert.False(File.Exists(Path.Combine(host.ProjectRoot, "stopped.txt")));
    }

    [Fact]
    public async Task Allow_always_with_a_chosen_rule_lets_matching_requests_through_now_and_in_a_new_process()
    {
        await using var host = await BridgeTestHost.StartAsync();

        var first = await host.StartRunAsync("run touch allowed.txt");
        var prompt = await host.WaitForPermissionRequestAsync(first);
        var rule = prompt.Suggestions.Single(suggestion => suggestion.GetProperty("type").GetString() == "addRules");
        await host.RespondAsync(new CliPermissionResponse(prompt.PromptId, PermissionBehavior.Allow, null, [rule], null, null));
        await host.WaitForCompletionAsync(first);

        var matching = await host.StartRunAsync("run touch allowed.txt");
        var matchingLog = await host.WaitForEndAsync(matching);
        var other = await host.StartRunAsync("run touch other.txt");
        var otherPrompt = await host.WaitForPermissionRequestAsync(other);
        await host.RespondAsync(new CliPermissionResponse(otherPrompt.PromptId, PermissionBehavior.Deny, null, null, "Only the allowed file.", null));
        await host.WaitForEndAsync(other);

        var ruleText = RuleText(rule);
        var newProcess = await host.StartRunAsync(host.NewRun("run touch allowed.txt", conversationId: Guid.NewGuid(), allowedTools: [ruleText]));
        var newProcessLog = await host.WaitForEndAsync(newProcess);

        Assert.Equal("Bash(touch allowed.txt)", ruleText);
        Assert.Empty(matchingLog.PermissionRequests);
        Assert.StartsWith("Done.", Assert.IsType<RunCompleted>(matchingLog.Terminal!.Payload).ResultText);
        Assert.Equal("touch other.txt", otherPrompt.Input.GetProperty("command").GetString());
        Assert.Empty(newProcessLog.PermissionRequests);
        Assert.StartsWith("Done.", Assert.IsType<RunCompleted>(newProcessLog.Terminal!.Payload).ResultText);
        Assert.True(File.Exists(Path.Combine(host.ProjectRoot, "allowed.txt")));
        Assert.False(File.Exists(Path.Combine(host.ProjectRoot, "other.txt")));
        // The CLI suggested saving the rule in the project's settings; the bridge keeps it to the session.
        Assert.Equal("localSettings", rule.GetProperty("destination").GetString());
        Assert.False(Directory.Exists(Path.Combine(host.ProjectRoot, ".claude")));
    }

    private static CliPermissionResponse Allow(Guid promptId) => new(promptId, PermissionBehavior.Allow, null, null, null, null);

    /// <summary>A rule suggestion in the CLI's <c>--allowedTools</c> syntax, e.g. <c>Bash(touch a.txt)</c>.</summary>
    private static string RuleText(JsonElement suggestion)
    {
        var rule = suggestion.GetProperty("rules")[0];
        return rule.TryGetProperty("ruleContent", out var content)
            ? $"{rule.GetProperty("toolName").GetString()}({content.GetString()})"
            : rule.GetProperty("toolName").GetString()!;
    }

    /// <summary>The tool result a request reports, when its last message carries one.</summary>
    private static JsonElement? LastToolResult(JsonElement request)
    {
        var content = request.GetProperty("messages")[request.GetProperty("messages").GetArrayLength() - 1].GetProperty("content");
        return content.ValueKind is JsonValueKind.Array
            ? content.EnumerateArray().Where(block => RunLog.Text(block, "type") == "tool_result").Cast<JsonElement?>().LastOrDefault()
            : null;
    }
}
