namespace Baton.Api.Queue;

/// <summary>
/// Starts the next queued message of a conversation whose run ended, on whichever instance stored the
/// end. It runs beside the stream writer rather than inside it: starting a run waits on the bridge.
/// </summary>
public sealed class QueueAdvancer(IServiceScopeFactory scopes, ILogger<QueueAdvancer> logger)
{
    public void RunEnded(Guid conversationId) => _ = StartNextAsync(conversationId);

    public async Task StartNextAsync(Guid conversationId)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<QueueStarter>().StartNextAsync(conversationId, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The message stays queued and visible; the conversation's next run end tries again.
            logger.LogWarning(exception, "Could not start the next queued message of conversation {ConversationId}", conversationId);
        }
    }
}
