using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Api.Data.Configurations;

public sealed class BridgeConfiguration : IEntityTypeConfiguration<Bridge>
{
    public void Configure(EntityTypeBuilder<Bridge> builder)
    {
        builder.ToTable("bridges");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Name).HasMaxLength(Bridge.NameMaxLength);
        builder.Property(b => b.TokenHash).HasMaxLength(64);
        builder.HasIndex(b => b.TokenHash).IsUnique();
        // A revoked bridge keeps its row (projects and runs still point at it) but frees its name.
        builder.HasIndex(b => new { b.OwnerId, b.Name }).IsUnique().HasFilter("revoked_at IS NULL");
        builder.HasOne<BatonUser>().WithMany().HasForeignKey(b => b.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
