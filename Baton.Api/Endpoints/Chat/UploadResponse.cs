using Baton.Api.Data.Entities;

namespace Baton.Api.Endpoints.Chat;

public sealed record UploadResponse(Guid Id, Guid? ConversationId, string FileName, string MediaType, long Size, DateTimeOffset CreatedAt)
{
    public static UploadResponse From(Upload upload) => new(
        upload.Id, upload.ConversationId, upload.FileName, upload.MediaType, upload.Size, upload.CreatedAt);
}
