namespace Baton.Api.Data.Entities;

public enum MessageStatus
{
    Streaming,
    Completed,
    Failed,
    Aborted,
}
