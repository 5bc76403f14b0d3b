namespace Baton.Api.Data.Entities;

/// <summary>A file a user attached; kept in PostgreSQL so every API instance can serve it.</summary>
public sealed class Upload
{
    public const int FileNameMaxLength = 255;
    public const int MediaTypeMaxLength = 127;

    public Guid Id { get; set; }
    public Guid OwnerId { get; set; }
    public Guid? ConversationId { get; set; }
    public required string FileName { get; set; }
    public required string MediaType { get; set; }
    public long Size { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
