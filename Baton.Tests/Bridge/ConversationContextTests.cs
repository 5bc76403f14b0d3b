using Baton.Contracts.Context;
using Baton.Tests.Bridge.Support;

namespace Baton.Tests.Bridge;

/// <summary><c>context:usage</c> asks the conversation's live CLI (the real one) how full its context is.</summary>
public sealed class ConversationContextTests : IAsyncLifetime
{
    private BridgeTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BridgeTestHost.StartAsync();

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task After_a_turn_the_live_process_tells_the_context_in_use_and_its_window()
    {
        var requestId = await _host.StartRunAsync("hello");
        var completed = await _host.WaitForCompletionAsync(requestId);

        var usage = await UsageAsync(_host.ConversationId);

        Assert.True(usage.Live);
        Assert.Equal(completed.Usage.GetProperty("input_tokens").GetInt64(), usage.UsedTokens);
        Assert.Equal(1_000_000, usage.WindowTokens);
        Assert.InRange(usage.AutoCompactTokens ?? 0, 1, usage.WindowTokens - 1);
    }

    [Fact]
    public async Task A_conversation_without_a_live_process_is_not_live()
    {
        var usage = await UsageAsync(Guid.NewGuid());

        Assert.Equal(ContextUsage.NotLive, usage);
    }

    private async Task<ContextUsage> UsageAsync(Guid conversationId)
    {
        using var timeout = new CancellationTokenSource(BridgeTestHost.CallTimeout);
        return await _host.Bridge.GetContextUsage(new ContextUsageRequest(conversationId), timeout.Token);
    }
}
