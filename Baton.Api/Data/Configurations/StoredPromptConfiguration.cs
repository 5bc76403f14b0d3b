using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Api.Data.Configurations;

public sealed class StoredPromptConfiguration : IEntityTypeConfiguration<StoredPrompt>
{
    public void Configure(EntityTypeBuilder<StoredPrompt> builder)
    {
        builder.ToTable("interactive_prompts");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.ToolName).HasMaxLength(200);
        builder.Property(p => p.ToolUseId).HasMaxLength(200);
        builder.Property(p => p.Status).HasMaxLength(16);
        builder.Property(p => p.Decision).HasMaxLength(16);
        builder.Property(p => p.ResolvedBy).HasMaxLength(16);
        builder.Property(p => p.Input).HasColumnType("jsonb");
        builder.Property(p => p.Suggestions).HasColumnType("jsonb");
        builder.Property(p => p.Response).HasColumnType("jsonb");
        builder.HasIndex(p => new { p.ConversationId, p.Status });
        builder.HasIndex(p => p.RunId);
        // The inbox's waiting prompts, across all of a person's conversations.
        builder.HasIndex(p => p.ConversationId)
            .HasFilter($"status = '{nameof(PromptStatus.Pending)}'")
            .HasDatabaseName("ix_interactive_prompts_pending");
        builder.HasOne<Conversation>().WithMany().HasForeignKey(p => p.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Run>().WithMany().HasForeignKey(p => p.RunId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<BatonUser>().WithMany().HasForeignKey(p => p.AnsweredByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}
