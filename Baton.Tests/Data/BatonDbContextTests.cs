using Baton.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Tests.Data;

/// <summary>How the API's context talks to PostgreSQL, where that costs round trips.</summary>
public sealed class BatonDbContextTests
{
    [Fact]
    public void Saving_inside_a_transaction_takes_no_savepoint_of_its_own()
    {
        var options = new DbContextOptionsBuilder<BatonDbContext>().UseNpgsql("Host=localhost");
        BatonDbContext.ConfigureOptions(options);
        using var db = new BatonDbContext(options.Options);

        Assert.False(db.Database.AutoSavepointsEnabled);
    }
}
