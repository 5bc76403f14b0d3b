using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Api.Data.Configurations;

public sealed class StoredQueuedMessageConfiguration : IEntityTypeConfiguration<StoredQueuedMessage>
{
    public void Configure(EntityTypeBuilder<StoredQueuedMessage> builder)
    {
        builder.ToTable("queued_messages");
        builder.HasKey(m => m.Id);
        // The waiting messages of a conversation, in the order they were sent.
        builder.HasIndex(m => new { m.ConversationId, m.CreatedAt }).HasFilter("started_at IS NULL");
        builder.HasOne<Conversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
