using Baton.Benchmarks.Reporting;
using Baton.Contracts.Chat;
using Baton.Contracts.Conversations;
using Baton.Contracts.Hubs;
using Baton.Contracts.Permissions;
using Baton.Contracts.Streaming;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.Http.Connections;

namespace Baton.Benchmarks.Clients;

/// <summary>A browser tab on <c>/hubs/chat</c>: it measures each timestamped delta and answers prompts at once.</summary>
public sealed class SimulatedBrowser : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private long _delivered;

    private SimulatedBrowser(HubConnection connection, LatencyRecorder? relayLatency)
    {
        _connection = connection;
        if (relayLatency is null)
        {
            return;
        }

        _connection.On<ChatStreamResponse>(WireEvents.ChatStreamResponse, response => Measure(response, relayLatency));
        _connection.On<ChatStreamBatch>(WireEvents.ChatStreamBatch, batch =>
        {
            foreach (var response in batch.Responses)
            {
                Measure(response, relayLatency);
            }
        });
        _connection.On<InteractivePrompt>(WireEvents.InteractivePrompt, prompt =>
        {
            _ = _connection.InvokeAsync(WireEvents.PermissionResponse,
                new PermissionResponse(prompt.PromptId, PermissionDecision.Allow, null, null, null, null));
        });
    }

    public long Delivered => Interlocked.Read(ref _delivered);

    private void Measure(ChatStreamResponse response, LatencyRecorder relayLatency)
    {
        if (response.Event is TextDeltaEvent delta && CliLines.Age(delta.Text) is { } age)
        {
            relayLatency.Record(age);
            Interlocked.Increment(ref _delivered);
        }
    }

    /// <summary>Connects; with a recorder it also listens for deltas and prompts.</summary>
    public static async Task<SimulatedBrowser> ConnectAsync(Uri api, string accessToken, LatencyRecorder? relayLatency)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(api, HubPaths.Chat), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
                options.SkipNegotiation = true;
                options.Transports = HttpTransportType.WebSockets;
            })
            .Build();
        var browser = new SimulatedBrowser(connection, relayLatency);
        await connection.StartAsync();
        return browser;
    }

    public Task<JoinConversationResult> JoinAsync(Guid conversationId) =>
        _connection.InvokeAsync<JoinConversationResult>(WireEvents.ConversationJoin, new JoinConversationRequest(conversationId, 0));

    public Task<SendMessageResult> SendAsync(Guid conversationId, string content) =>
        _connection.InvokeAsync<SendMessageResult>(WireEvents.ChatSendMessage,
            new SendMessageRequest(conversationId, Guid.NewGuid(), content, [], null, null));

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
