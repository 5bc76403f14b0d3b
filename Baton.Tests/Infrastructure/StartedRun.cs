using Baton.Contracts.Chat;

namespace Baton.Tests.Infrastructure;

/// <summary>A <see cref="SendMessageResult"/> that started a run (not queued), with its ids.</summary>
public sealed record StartedRun(Guid RequestId, Guid UserMessageId, Guid AssistantMessageId)
{
    public static StartedRun From(SendMessageResult result)
    {
        Assert.Null(result.Queued);
        return new StartedRun(result.RequestId!.Value, result.UserMessageId!.Value, result.AssistantMessageId!.Value);
    }
}
