using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Api.Data.Configurations;

public sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.ToTable("conversations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Title).HasMaxLength(Conversation.TitleMaxLength);
        builder.Property(c => c.Model).HasMaxLength(Conversation.ModelMaxLength);
        builder.Property(c => c.Effort).HasMaxLength(Conversation.EffortMaxLength);
        builder.Property(c => c.Status).HasMaxLength(16);
        builder.Property(c => c.PermissionMode).HasMaxLength(32);
        builder.Property(c => c.SlashCommands).HasColumnType("jsonb");
        builder.Property(c => c.TranscriptTipUuid).HasMaxLength(Conversation.TranscriptUuidMaxLength);
        builder.HasIndex(c => new { c.ProjectId, c.UpdatedAt });
        builder.HasOne<Project>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        // The owner is also reachable through the project; kept here so every access check is one lookup.
        builder.HasOne<BatonUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.NoAction);
    }
}
