namespace Baton.Api.Data.Entities;

/// <summary>An upload sent with a run; only the run's bridge may download it.</summary>
public sealed class StoredAttachment
{
    public Guid RunId { get; set; }
    public Guid UploadId { get; set; }
}
