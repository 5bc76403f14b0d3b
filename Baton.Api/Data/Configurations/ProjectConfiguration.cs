using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Api.Data.Configurations;

public sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(Project.NameMaxLength);
        builder.Property(p => p.RootDirectory).HasMaxLength(Project.RootDirectoryMaxLength);
        builder.HasIndex(p => new { p.OwnerId, p.Name }).IsUnique();
        builder.HasOne<BatonUser>().WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Bridge>().WithMany().HasForeignKey(p => p.BridgeId).OnDelete(DeleteBehavior.NoAction);
    }
}
