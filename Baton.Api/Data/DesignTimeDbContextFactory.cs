using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Baton.Api.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without starting the API (which needs the
/// AppHost's connection strings and secrets). No connection is opened for that command.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<BatonDbContext>
{
    public BatonDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<BatonDbContext>().UseNpgsql("Host=localhost;Database=baton");
        BatonDbContext.ConfigureOptions(options);
        return new BatonDbContext(options.Options);
    }
}
