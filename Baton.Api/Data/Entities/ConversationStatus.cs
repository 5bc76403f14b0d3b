namespace Baton.Api.Data.Entities;

public enum ConversationStatus
{
    Active,
    Archived,
}
