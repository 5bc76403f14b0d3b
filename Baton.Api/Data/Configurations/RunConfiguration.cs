using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Api.Data.Configurations;

public sealed class RunConfiguration : IEntityTypeConfiguration<Run>
{
    public void Configure(EntityTypeBuilder<Run> builder)
    {
        builder.ToTable("runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ClientMessageId).HasMaxLength(Run.ClientMessageIdMaxLength);
        builder.Property(r => r.Status).HasMaxLength(16);
        builder.Property(r => r.PermissionMode).HasMaxLength(32);
        builder.Property(r => r.Model).HasMaxLength(Conversation.ModelMaxLength);
        builder.Property(r => r.ErrorCode).HasMaxLength(64);
        builder.HasIndex(r => new { r.ConversationId, r.ClientMessageId }).IsUnique();
        // At most one unfinished run per conversation, enforced where every API instance sees it.
        builder.HasIndex(r => r.ConversationId)
            .IsUnique()
            .HasFilter($"status IN ('{nameof(RunStatus.Dispatched)}', '{nameof(RunStatus.Running)}')")
            .HasDatabaseName("ix_runs_one_active_per_conversation");
        builder.HasIndex(r => new { r.BridgeId, r.Status });
        // The inbox's recent failures: few rows, read on every inbox load.
        builder.HasIndex(r => r.EndedAt)
            .HasFilter($"status = '{nameof(RunStatus.Failed)}' AND inbox_dismissed_at IS NULL")
            .HasDatabaseName("ix_runs_undismissed_failures");
        builder.HasOne<Conversation>().WithMany().HasForeignKey(r => r.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Message>().WithMany().HasForeignKey(r => r.UserMessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Message>().WithMany().HasForeignKey(r => r.AssistantMessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Bridge>().WithMany().HasForeignKey(r => r.BridgeId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
