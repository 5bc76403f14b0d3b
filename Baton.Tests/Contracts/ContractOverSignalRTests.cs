using Baton.Contracts.Chat;
using Baton.Contracts.Conversations;
using Baton.Contracts.Errors;
using Baton.Contracts.Files;
using Baton.Contracts.Hubs;
using Baton.Contracts.Queue;
using Baton.Contracts.Streaming;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Baton.Tests.Contracts;

/// <summary>
/// The contract works through real SignalR on loopback: wire names on typed clients, a
/// polymorphic payload, a client-result call with a token, and an error code a client can read.
/// </summary>
public sealed class ContractOverSignalRTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private WebApplication _server = null!;
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSignalR();
        _server = builder.Build();
        _server.MapHub<ChatHubStub>(HubPaths.Chat);
        _server.MapHub<BridgeHubStub>(HubPaths.Bridge);
        await _server.StartAsync();
        _baseUrl = _server.Urls.Single();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_failed_call_reaches_the_client_with_a_code_it_can_read()
    {
        await using var browser = await ConnectAsync(HubPaths.Chat);
        var request = new SendMessageRequest(Guid.NewGuid(), Guid.NewGuid(), "hello", [], null, null);

        var failure = await Assert.ThrowsAsync<HubException>(
            () => browser.InvokeAsync<SendMessageResult>(WireEvents.ChatSendMessage, request).WaitAsync(Timeout));

        Assert.Contains("HubException: run_in_progress: a run is already active", failure.Message);
        Assert.Equal(ErrorCodes.RunInProgress, HubErrors.ExtractCode(failure));
    }

    [Fact]
    public async Task A_typed_client_event_arrives_under_its_wire_name_with_its_stream_event()
    {
        await using var browser = await ConnectAsync(HubPaths.Chat);
        var received = new TaskCompletionSource<ChatStreamResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        browser.On<ChatStreamResponse>(WireEvents.ChatStreamResponse, response => received.TrySetResult(response));
        var conversationId = Guid.NewGuid();

        var joined = await browser
            .InvokeAsync<JoinConversationResult>(WireEvents.ConversationJoin, new JoinConversationRequest(conversationId, 0))
            .WaitAsync(Timeout);
        var response = await received.Task.WaitAsync(Timeout);

        Assert.Equal(1, joined.LastSeq);
        Assert.Null(joined.ActiveRequestId);
        Assert.Empty(joined.Queue.Messages);
        Assert.Equal(conversationId, response.ConversationId);
        Assert.Equal(new BlockStartEvent("msg_01", 0, BlockType.ToolUse, "toolu_01", "Bash"), response.Event);
    }

    [Fact]
    public async Task A_client_result_call_to_the_bridge_returns_its_answer()
    {
        await using var bridge = await ConnectAsync(HubPaths.Bridge);
        bridge.On<ListRootFilesRequest, FileListing>(
            WireEvents.FilesList,
            request => new FileListing([new FileEntry("src/a.cs", "a.cs", FileKind.File, 12, DateTimeOffset.UnixEpoch)], request.Query is not null));
        var hub = _server.Services.GetRequiredService<IHubContext<BridgeHubStub, IBridgeClient>>();
        using var timeout = new CancellationTokenSource(Timeout);

        var listing = await hub.Clients.Client(bridge.ConnectionId!)
            .ListFiles(new ListRootFilesRequest("/home/dev/project", null, "a"), timeout.Token);

        Assert.True(listing.Truncated);
        Assert.Equal("src/a.cs", Assert.Single(listing.Entries).Path);
    }

    private async Task<HubConnection> ConnectAsync(string path)
    {
        var connection = new HubConnectionBuilder().WithUrl(_baseUrl + path).Build();
        await connection.StartAsync().WaitAsync(Timeout);
        return connection;
    }

    private sealed class ChatHubStub : Hub<IChatClient>
    {
        [HubMethodName(WireEvents.ChatSendMessage)]
        public Task<SendMessageResult> SendMessage(SendMessageRequest request) =>
            throw HubErrors.Create(ErrorCodes.RunInProgress, "a run is already active");

        [HubMethodName(WireEvents.ConversationJoin)]
        public async Task<JoinConversationResult> JoinConversation(JoinConversationRequest request)
        {
            var started = new BlockStartEvent("msg_01", 0, BlockType.ToolUse, "toolu_01", "Bash");
            await Clients.Caller.StreamResponse(new ChatStreamResponse(request.ConversationId, 1, Guid.NewGuid(), Guid.NewGuid(), started));
            return new JoinConversationResult(1, null, new QueueChanged(request.ConversationId, 0, []));
        }
    }

    private sealed class BridgeHubStub : Hub<IBridgeClient>;
}
