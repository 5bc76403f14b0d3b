using Baton.Api.Data;
using Npgsql;

namespace Baton.Tests.Data;

/// <summary>The API prepares the statements it repeats, unless its connection string says otherwise.</summary>
public sealed class PreparedStatementsTests
{
    [Fact]
    public void A_connection_string_that_says_nothing_of_preparing_gets_statements_prepared_once_they_recur()
    {
        var enabled = new NpgsqlConnectionStringBuilder(PreparedStatements.Enable("Host=db;Database=baton;Username=baton"));

        Assert.Equal((64, 2), (enabled.MaxAutoPrepare, enabled.AutoPrepareMinUsages));
        Assert.Equal(("db", "baton"), (enabled.Host, enabled.Database));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0")]
    [InlineData("Host=db;maxautoprepare=0")]
    public void A_connection_string_that_turns_preparing_off_keeps_it_off(string connectionString) =>
        Assert.Equal(0, new NpgsqlConnectionStringBuilder(PreparedStatements.Enable(connectionString)).MaxAutoPrepare);
}
