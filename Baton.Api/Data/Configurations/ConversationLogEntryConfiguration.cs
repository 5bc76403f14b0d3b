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
        // Neither ConversationId nor RunId is a foreign key: every append already holds its conversations' counters and
        // its runs locked, and a run's events are only ever read within its conversation's seqs. A key costs each
        // streamed event a trigger's lookup and lock of the row it names: the run's was about a fifth of the database's
        // CPU per event, the conversation's about a third of the append's own time. A conversation's events go with it
        // by a trigger of its own (migration ConversationEventsWithoutForeignKey), however it is deleted.
    }
}
