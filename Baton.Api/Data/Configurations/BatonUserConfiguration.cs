using Baton.Api.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Api.Data.Configurations;

public sealed class BatonUserConfiguration : IEntityTypeConfiguration<BatonUser>
{
    public void Configure(EntityTypeBuilder<BatonUser> builder)
    {
        builder.ToTable("users");
    }
}
