namespace Baton.Api.Data.Entities;

public enum RunStatus
{
    Dispatched,
    Running,
    Completed,
    Failed,
    Aborted,
}
