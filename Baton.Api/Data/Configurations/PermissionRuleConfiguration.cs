using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Api.Data.Configurations;

public sealed class PermissionRuleConfiguration : IEntityTypeConfiguration<PermissionRule>
{
    public void Configure(EntityTypeBuilder<PermissionRule> builder)
    {
        builder.ToTable("permission_rules");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Rule).HasMaxLength(4096);
        builder.Property(r => r.Behavior).HasMaxLength(16);
        builder.HasIndex(r => new { r.ProjectId, r.Behavior, r.Rule }).IsUnique();
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<BatonUser>().WithMany().HasForeignKey(r => r.CreatedByUserId).OnDelete(DeleteBehavior.NoAction);
    }
}
