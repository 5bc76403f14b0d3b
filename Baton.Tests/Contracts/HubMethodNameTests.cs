using System.Reflection;
using Baton.Contracts.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Tests.Contracts;

/// <summary>
/// The hub interfaces carry exactly the wire names of DESIGN §2, written out here again so that
/// renaming a constant, or adding a method without a name, fails.
/// </summary>
public sealed class HubMethodNameTests
{
    private static readonly Dictionary<Type, Dictionary<string, string>> Expected = new()
    {
        [typeof(IChatHub)] = new()
        {
            [nameof(IChatHub.JoinConversation)] = "conversation:join",
            [nameof(IChatHub.LeaveConversation)] = "conversation:leave",
            [nameof(IChatHub.JoinProject)] = "project:join",
            [nameof(IChatHub.LeaveProject)] = "project:leave",
            [nameof(IChatHub.SetRunOptions)] = "conversation:set-run-options",
            [nameof(IChatHub.ReportViewing)] = "conversation:viewing",
            [nameof(IChatHub.EditQueuedMessage)] = "queue:edit",
            [nameof(IChatHub.RemoveQueuedMessage)] = "queue:remove",
            [nameof(IChatHub.SteerQueuedMessage)] = "queue:steer",
            [nameof(IChatHub.SendMessage)] = "chat:send-message",
            [nameof(IChatHub.AbortRun)] = "claude:abort",
            [nameof(IChatHub.RespondToPermission)] = "permission:response",
            [nameof(IChatHub.ListFiles)] = "files:list",
            [nameof(IChatHub.ReadFile)] = "files:content",
            [nameof(IChatHub.GetBridgeHealth)] = "bridge:health",
            [nameof(IChatHub.GetWorkspaceDiff)] = "workspace:diff",
            [nameof(IChatHub.GetContextUsage)] = "context:usage",
            [nameof(IChatHub.StopTask)] = "task:stop",
        },
        [typeof(IChatClient)] = new()
        {
            [nameof(IChatClient.StreamResponse)] = "chat:stream-response",
            [nameof(IChatClient.StreamBatch)] = "chat:stream-batch",
            [nameof(IChatClient.MessageComplete)] = "chat:message-complete",
            [nameof(IChatClient.Error)] = "chat:error",
            [nameof(IChatClient.Aborted)] = "chat:aborted",
            [nameof(IChatClient.InteractivePrompt)] = "interactive_prompt",
            [nameof(IChatClient.PermissionResolved)] = "permission:resolved",
            [nameof(IChatClient.TranscriptImported)] = "transcript:imported",
            [nameof(IChatClient.ConversationCreated)] = "conversation:created",
            [nameof(IChatClient.ConversationUpdated)] = "conversation:updated",
            [nameof(IChatClient.ConversationDeleted)] = "conversation:deleted",
            [nameof(IChatClient.BridgeConnected)] = "bridge:connect",
            [nameof(IChatClient.BridgeDisconnected)] = "bridge:disconnect",
            [nameof(IChatClient.InboxChanged)] = "inbox:changed",
            [nameof(IChatClient.QueueChanged)] = "queue:changed",
        },
        [typeof(IBridgeHub)] = new()
        {
            [nameof(IBridgeHub.Connect)] = "bridge:connect",
            [nameof(IBridgeHub.Stream)] = "claude:stream",
            [nameof(IBridgeHub.RequestPermission)] = "permission:request",
            [nameof(IBridgeHub.CancelPermission)] = "permission:cancelled",
            [nameof(IBridgeHub.Complete)] = "claude:complete",
            [nameof(IBridgeHub.Fail)] = "claude:error",
            [nameof(IBridgeHub.Aborted)] = "claude:aborted",
            [nameof(IBridgeHub.StartedByCli)] = "claude:cli-turn",
        },
        [typeof(IBridgeClient)] = new()
        {
            [nameof(IBridgeClient.Execute)] = "claude:execute",
            [nameof(IBridgeClient.Configure)] = "claude:configure",
            [nameof(IBridgeClient.Ack)] = "claude:ack",
            [nameof(IBridgeClient.Abort)] = "claude:abort",
            [nameof(IBridgeClient.RespondToPermission)] = "permission:response",
            [nameof(IBridgeClient.ListFiles)] = "files:list",
            [nameof(IBridgeClient.ReadFile)] = "files:content",
            [nameof(IBridgeClient.GetStatus)] = "bridge:health",
            [nameof(IBridgeClient.GetWorkspaceDiff)] = "workspace:diff",
            [nameof(IBridgeClient.GetContextUsage)] = "context:usage",
            [nameof(IBridgeClient.StopTask)] = "task:stop",
            [nameof(IBridgeClient.ListSessions)] = "sessions:list",
            [nameof(IBridgeClient.Steer)] = "claude:steer",
            [nameof(IBridgeClient.ReadTranscript)] = "sessions:read",
        },
    };

    public static TheoryData<Type> HubInterfaces => [.. Expected.Keys];

    [Theory]
    [MemberData(nameof(HubInterfaces))]
    public void Every_method_carries_its_wire_name(Type hubInterface)
    {
        var actual = hubInterface.GetMethods().ToDictionary(
            method => method.Name,
            method => method.GetCustomAttribute<HubMethodNameAttribute>()?.Name ?? "<no [HubMethodName]>");

        Assert.Equal(Expected[hubInterface].OrderBy(pair => pair.Key), actual.OrderBy(pair => pair.Key));
    }

    [Theory]
    [MemberData(nameof(HubInterfaces))]
    public void Every_method_takes_one_payload_and_results_are_awaitable(Type hubInterface)
    {
        foreach (var method in hubInterface.GetMethods())
        {
            var payloads = method.GetParameters().Where(parameter => parameter.ParameterType != typeof(CancellationToken));
            Assert.Single(payloads);
            Assert.True(
                method.ReturnType == typeof(Task)
                    || (method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)),
                $"{hubInterface.Name}.{method.Name} must return Task or Task<T>.");
        }
    }

    [Fact]
    public void Client_result_calls_to_the_bridge_take_a_cancellation_token()
    {
        // SignalR has no default timeout for client results: a call without a token can hang forever.
        var withResult = typeof(IBridgeClient).GetMethods().Where(method => method.ReturnType.IsGenericType);

        Assert.All(withResult, method => Assert.Equal(typeof(CancellationToken), method.GetParameters()[^1].ParameterType));
    }

    [Fact]
    public void Hub_paths_and_rooms_are_named_as_designed()
    {
        var id = Guid.Parse("6f1c2a57-93b4-4f43-9f0e-2d8c8a0b5e11");

        Assert.Equal("/hubs/chat", HubPaths.Chat);
        Assert.Equal("/hubs/bridge", HubPaths.Bridge);
        Assert.Equal("conversation-6f1c2a57-93b4-4f43-9f0e-2d8c8a0b5e11", Rooms.Conversation(id));
        Assert.Equal("project-6f1c2a57-93b4-4f43-9f0e-2d8c8a0b5e11", Rooms.Project(id));
        Assert.Equal("user-42", Rooms.User("42"));
        Assert.Equal("bridge-6f1c2a57-93b4-4f43-9f0e-2d8c8a0b5e11", Rooms.Bridge(id));
        Assert.Equal("claude-bridge", Rooms.AllBridges);
    }
}
