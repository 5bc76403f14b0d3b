using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Api.Data.Configurations;

public sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> builder)
    {
        builder.ToTable("messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Position).UseIdentityAlwaysColumn();
        builder.Property(m => m.Role).HasMaxLength(16);
        builder.Property(m => m.Status).HasMaxLength(16);
        builder.Property(m => m.Content).HasColumnType("jsonb");
        builder.Property(m => m.Usage).HasColumnType("jsonb");
        builder.Property(m => m.CostUsd).HasPrecision(18, 6);
        builder.HasIndex(m => new { m.ConversationId, m.Position });
        builder.HasOne<Conversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
