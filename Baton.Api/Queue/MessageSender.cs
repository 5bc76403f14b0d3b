using Baton.Api.Runs;
using Baton.Contracts.Chat;
using Baton.Contracts.Errors;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Api.Queue;

/// <summary>
/// <c>chat:send-message</c>: starts a run, or, while the conversation's run is busy, queues the message
/// to start when that run ends.
/// </summary>
public sealed class MessageSender(RunDispatcher dispatcher, MessageQueue queue, QueueAdvancer advancer)
{
    public async Task<SendMessageResult> SendAsync(Guid userId, SendMessageRequest request, CancellationToken cancellationToken)
    {
        if (await queue.FindWaitingAsync(userId, request.ConversationId, request.ClientMessageId, cancellationToken) is { } waiting)
        {
            return new SendMessageResult(null, null, null, waiting);
        }

        try
        {
            return await dispatcher.SendAsync(userId, request, cancellationToken);
        }
        catch (HubException exception) when (HubErrors.ExtractCode(exception) == ErrorCodes.RunInProgress)
        {
            var queued = await queue.EnqueueAsync(userId, request, cancellationToken);
            // The run may have ended between the look and the insert, finding no queue: start it here then.
            await advancer.StartNextAsync(request.ConversationId);
            return new SendMessageResult(null, null, null, queued);
        }
    }
}
