namespace Baton.Api.Data.Entities;

public enum PromptStatus
{
    Pending,
    Answered,
    Expired,
    Cancelled,
}
