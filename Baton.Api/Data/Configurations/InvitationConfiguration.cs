using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Api.Data.Configurations;

public sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("invitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.CodeHash).HasMaxLength(64);
        builder.HasIndex(i => i.CodeHash).IsUnique();
        builder.HasOne<BatonUser>().WithMany().HasForeignKey(i => i.CreatedById).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<BatonUser>().WithMany().HasForeignKey(i => i.UsedById).OnDelete(DeleteBehavior.SetNull);
    }
}
