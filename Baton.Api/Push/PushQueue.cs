using System.Threading.Channels;
using Baton.Api.Runs;
using Baton.Contracts.Chat;
using Baton.Contracts.Permissions;

namespace Baton.Api.Push;

/// <summary>
/// Occasions to notify, taken from stored batches on the instance that stored them (so each is offered
/// once) and handled off the relay's path by <see cref="PushDispatcher"/>. A notification is a courtesy,
/// not data: when the queue is full the oldest is dropped rather than slowing the stream.
/// </summary>
public sealed class PushQueue(VapidKeys keys)
{
    private readonly Channel<PushOccasion> occasions = Channel.CreateBounded<PushOccasion>(
        new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public ChannelReader<PushOccasion> Reader => occasions.Reader;

    public void Offer(RecordedBatch batch)
    {
        if (!keys.AreConfigured)
        {
            return;
        }

        // By index: a foreach over the interface would allocate its enumerator, for every run of every drain.
        for (var index = 0; index < batch.Events.Count; index++)
        {
            if (batch.Events[index] is InteractivePrompt prompt)
            {
                occasions.Writer.TryWrite(new PromptWaiting(prompt));
            }
        }

        if (batch.EndedAs is Data.Entities.RunStatus.Completed or Data.Entities.RunStatus.Failed)
        {
            occasions.Writer.TryWrite(new RunFinished(batch.ConversationId, batch.Events.OfType<ChatError>().LastOrDefault()));
        }
    }
}
