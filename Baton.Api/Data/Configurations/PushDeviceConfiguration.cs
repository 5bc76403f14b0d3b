using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Api.Data.Configurations;

public sealed class PushDeviceConfiguration : IEntityTypeConfiguration<PushDevice>
{
    public void Configure(EntityTypeBuilder<PushDevice> builder)
    {
        builder.ToTable("push_devices");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Endpoint).HasMaxLength(PushDevice.MaxEndpointLength);
        builder.Property(d => d.P256dh).HasMaxLength(PushDevice.MaxKeyLength);
        builder.Property(d => d.Auth).HasMaxLength(PushDevice.MaxKeyLength);
        // A push service hands one endpoint to one browser: subscribing again replaces the row.
        builder.HasIndex(d => d.Endpoint).IsUnique();
        builder.HasIndex(d => d.UserId);
        builder.HasOne<BatonUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
