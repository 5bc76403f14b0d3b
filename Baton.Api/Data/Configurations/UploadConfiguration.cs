using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Api.Data.Configurations;

public sealed class UploadConfiguration : IEntityTypeConfiguration<Upload>
{
    public void Configure(EntityTypeBuilder<Upload> builder)
    {
        builder.ToTable("uploads");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.FileName).HasMaxLength(Upload.FileNameMaxLength);
        builder.Property(u => u.MediaType).HasMaxLength(Upload.MediaTypeMaxLength);
        builder.HasIndex(u => u.OwnerId);
        builder.HasOne<BatonUser>().WithMany().HasForeignKey(u => u.OwnerId).OnDelete(DeleteBehavior.Cascade);
        // Deleting a conversation deletes the files attached in it.
        builder.HasOne<Conversation>().WithMany().HasForeignKey(u => u.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
