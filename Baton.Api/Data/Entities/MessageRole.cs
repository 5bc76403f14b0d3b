namespace Baton.Api.Data.Entities;

public enum MessageRole
{
    User,
    Assistant,
}
