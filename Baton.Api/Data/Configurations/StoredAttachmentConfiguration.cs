using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Api.Data.Configurations;

public sealed class StoredAttachmentConfiguration : IEntityTypeConfiguration<StoredAttachment>
{
    public void Configure(EntityTypeBuilder<StoredAttachment> builder)
    {
        builder.ToTable("run_attachments");
        builder.HasKey(a => new { a.RunId, a.UploadId });
        builder.HasIndex(a => a.UploadId);
        builder.HasOne<Upload>().WithMany().HasForeignKey(a => a.UploadId).OnDelete(DeleteBehavior.Cascade);
    }
}
