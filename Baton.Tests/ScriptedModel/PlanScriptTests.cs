using System.Text.Json;
using System.Text.Json.Nodes;
using Baton.ScriptedModel.Conversation;
using Baton.ScriptedModel.Replies;
using Baton.ScriptedModel.Scenarios;

namespace Baton.Tests.ScriptedModel;

/// <summary>The scripted plan never presents plans for as long as the run lasts: outside plan mode it says how to plan, and refused too often it ends its turn.</summary>
public sealed class PlanScriptTests
{
    [Fact]
    public void A_refused_plan_is_revised_until_refused_the_most_times_and_then_the_turn_ends_in_words()
    {
        var revised = PlanScript.Answer(RefusedTimes(PlanScript.MostPresentations - 1, "Make it shorter."));
        Assert.Contains(revised, block => block is ToolUseBlock { Name: PlanScript.ToolName });

        var last = Assert.Single(PlanScript.Answer(RefusedTimes(PlanScript.MostPresentations, "Make it shorter.")));
        Assert.Contains("I'll stop here", Assert.IsType<TextBlock>(last).Text);
    }

    [Fact]
    public void A_plan_the_CLI_refuses_outside_plan_mode_is_not_presented_again_but_says_how_to_plan()
    {
        // The pinned CLI's words, met when a run in the default mode is asked for a plan.
        var refusal = "<tool_use_error>You are not in plan mode. To enter plan mode, call the EnterPlanMode tool first.</tool_use_error>";

        var answer = Assert.Single(PlanScript.Answer(RefusedTimes(1, refusal)));

        Assert.Equal(PlanScript.OutsidePlanModeText, Assert.IsType<TextBlock>(answer).Text);
    }

    /// <summary>A request after the person's one message and this many presented plans, each refused with these words.</summary>
    private static MessagesRequest RefusedTimes(int presentations, string refusal)
    {
        var messages = new JsonArray { new JsonObject { ["role"] = "user", ["content"] = "plan the change" } };
        for (var at = 0; at < presentations; at++)
        {
            var id = $"toolu_{at}";
            messages.Add(new JsonObject
            {
                ["role"] = "assistant",
                ["content"] = new JsonArray { new JsonObject { ["type"] = "tool_use", ["id"] = id, ["name"] = PlanScript.ToolName, ["input"] = new JsonObject() } },
            });
            messages.Add(new JsonObject
            {
                ["role"] = "user",
                ["content"] = new JsonArray { new JsonObject { ["type"] = "tool_result", ["tool_use_id"] = id, ["is_error"] = true, ["content"] = refusal } },
            });
        }

        return MessagesRequest.Read(JsonSerializer.SerializeToElement(new JsonObject { ["messages"] = messages }));
    }
}
