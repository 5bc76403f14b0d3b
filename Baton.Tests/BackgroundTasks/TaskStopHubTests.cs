using Baton.Contracts.Chat;
using Baton.Contracts.Errors;
using Baton.Contracts.Hubs;
using Baton.Contracts.Tasks;
using Baton.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Tests.BackgroundTasks;

/// <summary>
/// <c>task:stop</c> goes to the bridge only for a task the conversation's stored notices show running: an unknown
/// task, or one whose end is stored, is refused with <c>task_not_found</c> (the real stop is in the browser tests).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TaskStopHubTests(ApiFixture app)
{
    [Fact]
    public async Task Stopping_a_task_the_conversation_has_not_running_is_refused_with_its_code()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api");
        await chat.Browser.JoinAsync(chat.ConversationId);
        var (run, _) = await chat.StartRunAsync("background");
        await chat.Bridge.StreamAsync(
            run.RequestId,
            CliLines.Line(new { type = "system", subtype = "task_started", task_id = "b1", tool_use_id = "toolu_1", description = "Build", task_type = "local_bash", is_backgrounded = true }),
            CliLines.Line(new { type = "system", subtype = "task_notification", task_id = "b1", tool_use_id = "toolu_1", status = "completed", summary = "Build completed" }));
        await chat.Bridge.CompleteAsync(run.RequestId);
        await chat.Browser.Events.WaitForAsync<ChatMessageComplete>(complete => complete.RequestId == run.RequestId);

        Assert.Equal(ErrorCodes.TaskNotFound, await CodeOf(chat.Browser.InvokeAsync(WireEvents.TaskStop, new StopTaskRequest(chat.ConversationId, "b1"))));
        Assert.Equal(ErrorCodes.TaskNotFound, await CodeOf(chat.Browser.InvokeAsync(WireEvents.TaskStop, new StopTaskRequest(chat.ConversationId, "unknown"))));
        Assert.Equal(ErrorCodes.InvalidRequest, await CodeOf(chat.Browser.InvokeAsync(WireEvents.TaskStop, new StopTaskRequest(chat.ConversationId, ""))));
    }

    private static async Task<string?> CodeOf(Task call) =>
        HubErrors.ExtractCode(await Assert.ThrowsAsync<HubException>(() => call));
}
