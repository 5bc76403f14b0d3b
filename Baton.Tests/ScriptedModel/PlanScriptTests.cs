using System.Text.Json;
using System.Text.Json.Nodes;
using Baton.ScriptedModel.Conversation;
using Baton.ScriptedModel.Replies;
using Baton.ScriptedModel.Scenarios;

namespace Baton.Tests.ScriptedModel;

/// <summary>The scripted plan ends its turn once refused too often, rather than presenting plans for as long as the run lasts.</summary>
public sealed class PlanScriptTests
{
    [Fact]
    public void A_refused_plan_is_revised_until_refused_the_most_times_and_then_the_turn_ends_in_words()
    {
        var revised = PlanScript.Answer(RefusedTimes(PlanScript.MostPresentations - 1));
        Assert.Contains(revised, block => block is ToolUseBlock { Name: PlanScript.ToolName });

        var last = Assert.Single(PlanScript.Answer(RefusedTimes(PlanScript.MostPresentations)));
        Assert.Contains("I'll stop here", Assert.IsType<TextBlock>(last).Text);
    }

    /// <summary>A request after the person's one message and this many presented plans, each refused by the CLI.</summary>
    private static MessagesRequest RefusedTimes(int presentations)
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
                ["content"] = new JsonArray { new JsonObject { ["type"] = "tool_result", ["tool_use_id"] = id, ["is_error"] = true, ["content"] = "Not in plan mode." } },
            });
        }

        return MessagesRequest.Read(JsonSerializer.SerializeToElement(new JsonObject { ["messages"] = messages }));
    }
}
