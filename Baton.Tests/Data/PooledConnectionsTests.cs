using Baton.Api.Data;
using Npgsql;

namespace Baton.Tests.Data;

/// <summary>The API prepares the statements it repeats and skips resetting pooled connections, unless its connection string says otherwise.</summary>
public sealed class PooledConnectionsTests
{
    [Fact]
    public void A_connection_string_that_says_nothing_gets_statements_prepared_once_they_recur_and_no_reset()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PooledConnections.Tune("Host=db;Database=baton;Username=baton"));

        Assert.Equal((64, 2, true), (tuned.MaxAutoPrepare, tuned.AutoPrepareMinUsages, tuned.NoResetOnClose));
        Assert.Equal(("db", "baton"), (tuned.Host, tuned.Database));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0")]
    [InlineData("Host=db;maxautoprepare=0")]
    public void A_connection_string_that_turns_preparing_off_keeps_it_off(string connectionString) =>
        Assert.Equal(0, new NpgsqlConnectionStringBuilder(PooledConnections.Tune(connectionString)).MaxAutoPrepare);

    [Fact]
    public void A_connection_string_that_asks_for_the_reset_keeps_it() =>
        Assert.False(new NpgsqlConnectionStringBuilder(PooledConnections.Tune("Host=db;No Reset On Close=false")).NoResetOnClose);
}
