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
        builder.HasOne<Conversation>().WithMany().HasForeignKey(e => e.ConversationId).OnDelete(DeleteBehavior.Cascade);
        // RunId is not a foreign key: every append already holds its runs locked, and a run's events are only
        // ever read within its conversation's seqs. A key would cost each streamed event a trigger's lookup of
        // its run and an index entry, about a fifth of the database's CPU per event.
    }
}
