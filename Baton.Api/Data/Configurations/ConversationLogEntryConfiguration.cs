using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Api.Data.Configurations;

public sealed class ConversationLogEntryConfiguration : IEntityTypeConfiguration<ConversationLogEntry>
{
    public void Configure(EntityTypeBuilder<ConversationLogEntry> builder)
    {
        builder.ToTable("conversation_events");
        // The key is the (conversation, seq) uniqueness catch-up relies on.
        builder.HasKey(e => new { e.ConversationId, e.Seq });
        builder.Property(e => e.Type).HasMaxLength(64);
        builder.Property(e => e.Payload).HasColumnType("jsonb");
        builder.HasIndex(e => e.RunId);
        builder.HasOne<Conversation>().WithMany().HasForeignKey(e => e.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Run>().WithMany().HasForeignKey(e => e.RunId).OnDelete(DeleteBehavior.NoAction);
    }
}
