using System.Collections.Concurrent;
using System.Net.WebSockets;
using Baton.Api.Hubs;
using Baton.Contracts.Bridges;
using Baton.Contracts.Chat;
using Baton.Contracts.Conversations;
using Baton.Contracts.Hubs;
using Baton.Contracts.Inbox;
using Baton.Contracts.Permissions;
using Baton.Contracts.Queue;
using Baton.Contracts.Sessions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Baton.Tests.Infrastructure;

/// <summary>
/// A browser tab as the web app drives it: one connection to <c>/hubs/chat</c> with the user's token,
/// every event recorded. After an automatic reconnect, or when the server closes the connection, it
/// connects again and rejoins its conversations after the last seq it saw, as the app does. A message or an
/// answer the connection dropped under is sent again once it is back, as the app does.
/// </summary>
public sealed class TestBrowser : IAsyncDisposable
{
    private static readonly TimeSpan[] RetryDelays = [TimeSpan.Zero, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)];

    /// <summary>A drop under a call, then a second while the tab was coming back: a person keeps trying a little longer than that.</summary>
    private const int AttemptsAcrossDrops = 4;

    private readonly ConcurrentDictionary<Guid, SeqWatermark> _watermarks = new();
    private volatile bool _stopped;
    private volatile TaskCompletionSource _back = Back();

    private TestBrowser(HubConnection connection)
    {
        Connection = connection;
        On<ChatStreamResponse>(WireEvents.ChatStreamResponse, e => Saw(e.ConversationId, e.Seq));
        connection.On<ChatStreamBatch>(WireEvents.ChatStreamBatch, batch =>
        {
            // Each event of a batch is recorded as if it had come on its own, as the app takes it.
            StreamBatches.Enqueue(batch);
            foreach (var response in batch.Responses)
            {
                Saw(response.ConversationId, response.Seq);
                Events.Record(WireEvents.ChatStreamResponse, response);
            }
        });
        On<ChatMessageComplete>(WireEvents.ChatMessageComplete, e => Saw(e.ConversationId, e.Seq));
        On<ChatError>(WireEvents.ChatError, e => Saw(e.ConversationId, e.Seq));
        On<ChatAborted>(WireEvents.ChatAborted, e => Saw(e.ConversationId, e.Seq));
        On<InteractivePrompt>(WireEvents.InteractivePrompt, e => Saw(e.ConversationId, e.Seq));
        On<PermissionResolved>(WireEvents.PermissionResolved, e => Saw(e.ConversationId, e.Seq));
        On<TranscriptImported>(WireEvents.TranscriptImported, e => Saw(e.ConversationId, e.Seq));
        On<ConversationChanged>(WireEvents.ConversationCreated);
        On<ConversationChanged>(WireEvents.ConversationUpdated);
        On<ConversationChanged>(WireEvents.ConversationDeleted);
        On<QueueChanged>(WireEvents.QueueChanged);
        On<BridgePresence>(WireEvents.BridgeConnect);
        On<BridgePresence>(WireEvents.BridgeDisconnect);
        On<InboxChanged>(WireEvents.InboxChanged);
        connection.Reconnecting += _ => Away();
        connection.Reconnected += _ => RejoinAsync();
        connection.Closed += async _ =>
        {
            await Away();
            if (!_stopped && await StartAgainAsync())
            {
                await RejoinAsync();
            }
        };
    }

    public HubConnection Connection { get; }

    public ReceivedEvents Events { get; } = new();

    /// <summary>The <c>chat:stream-batch</c> frames received, whose events <see cref="Events"/> also holds one by one.</summary>
    public ConcurrentQueue<ChatStreamBatch> StreamBatches { get; } = new();

    public static async Task<TestBrowser> ConnectAsync(BatonAppFixture app, string resource, string accessToken)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.GetEndpoint(resource), HubPaths.Chat), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
            })
            .AddJsonProtocol(options => WireJson.Apply(options.PayloadSerializerOptions))
            .WithAutomaticReconnect(RetryDelays)
            .Build();
        var browser = new TestBrowser(connection);
        await connection.StartAsync().WaitAsync(ReceivedEvents.DefaultTimeout);
        return browser;
    }

    /// <summary>Joins and remembers the conversation, so a reconnect rejoins it after the last seq it has without a gap.</summary>
    public async Task<JoinConversationResult> JoinAsync(Guid conversationId, long afterSeq = 0)
    {
        _watermarks.GetOrAdd(conversationId, _ => new SeqWatermark()).HadUpTo(afterSeq);
        return await InvokeAsync<JoinConversationResult>(WireEvents.ConversationJoin, new JoinConversationRequest(conversationId, afterSeq));
    }

    /// <summary>Sends a message that starts a run (the test knows no run is busy).</summary>
    public async Task<StartedRun> SendAsync(Guid conversationId, string content, Guid? clientMessageId = null) =>
        StartedRun.From(await SendOrQueueAsync(conversationId, content, clientMessageId));

    /// <summary>Sends a message that may start a run or be queued behind the busy one.</summary>
    public Task<SendMessageResult> SendOrQueueAsync(Guid conversationId, string content, Guid? clientMessageId = null) =>
        InvokeAcrossDropsAsync<SendMessageResult>(WireEvents.ChatSendMessage,
            new SendMessageRequest(conversationId, clientMessageId ?? Guid.NewGuid(), content, [], null, null));

    /// <summary>
    /// A call the connection dropped under (refused as not connected, or cancelled with it), made again once the tab is
    /// back and has rejoined; for calls the server takes once however often they come (a message by its client id, an
    /// answer to a prompt).
    /// </summary>
    public async Task<T> InvokeAcrossDropsAsync<T>(string method, object request)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await InvokeAsync<T>(method, request);
            }
            catch (Exception dropped) when (dropped is InvalidOperationException or TaskCanceledException && attempt < AttemptsAcrossDrops && !_stopped)
            {
                await _back.Task.WaitAsync(ReceivedEvents.DefaultTimeout);
            }
        }
    }

    public Task<T> InvokeAsync<T>(string method, object request) =>
        Connection.InvokeAsync<T>(method, request).WaitAsync(ReceivedEvents.DefaultTimeout);

    public Task InvokeAsync(string method, object request) =>
        Connection.InvokeAsync(method, request).WaitAsync(ReceivedEvents.DefaultTimeout);

    /// <summary>The seqs of a conversation's events this tab received, in arrival order (repeats included).</summary>
    public IReadOnlyList<long> SeqsOf(Guid conversationId) =>
        [.. Events.All.Where(e => ConversationOf(e.Payload) == conversationId).Select(e => SeqOf(e.Payload))];

    /// <summary>The seq of a conversation event; -1 for other events.</summary>
    public static long SeqOf(object payload) => payload switch
    {
        ChatStreamResponse m => m.Seq,
        ChatMessageComplete m => m.Seq,
        ChatError m => m.Seq,
        ChatAborted m => m.Seq,
        InteractivePrompt m => m.Seq,
        PermissionResolved m => m.Seq,
        TranscriptImported m => m.Seq,
        _ => -1,
    };

    private static Guid? ConversationOf(object payload) => payload switch
    {
        ChatStreamResponse m => m.ConversationId,
        ChatMessageComplete m => m.ConversationId,
        ChatError m => m.ConversationId,
        ChatAborted m => m.ConversationId,
        InteractivePrompt m => m.ConversationId,
        PermissionResolved m => m.ConversationId,
        TranscriptImported m => m.ConversationId,
        _ => null,
    };

    /// <summary>The tab goes away: its connection closes and stays closed.</summary>
    public async Task StopAsync()
    {
        _stopped = true;
        await Connection.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _stopped = true;
        await Connection.DisposeAsync();
    }

    private async Task RejoinAsync()
    {
        foreach (var (conversationId, watermark) in _watermarks)
        {
            await JoinAsync(conversationId, watermark.Complete);
        }

        _back.TrySetResult();
    }

    private Task Away()
    {
        if (_back.Task.IsCompleted)
        {
            _back = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        return Task.CompletedTask;
    }

    private static TaskCompletionSource Back()
    {
        var back = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        back.SetResult();
        return back;
    }

    /// <summary>Starts the closed connection again, with the pauses of the automatic reconnect; false when every try failed.</summary>
    private async Task<bool> StartAgainAsync()
    {
        foreach (var delay in RetryDelays)
        {
            await Task.Delay(delay);
            try
            {
                await Connection.StartAsync().WaitAsync(ReceivedEvents.DefaultTimeout);
                return true;
            }
            catch (Exception exception) when (exception is HttpRequestException or TimeoutException or WebSocketException)
            {
                // The server is not back yet; the next try waits a little longer.
            }
        }

        return false;
    }

    private void On<T>(string name, Action<T>? seen = null) =>
        Connection.On<T>(name, payload =>
        {
            seen?.Invoke(payload);
            Events.Record(name, payload!);
        });

    private void Saw(Guid conversationId, long seq) =>
        _watermarks.GetOrAdd(conversationId, _ => new SeqWatermark()).Saw(seq);
}
