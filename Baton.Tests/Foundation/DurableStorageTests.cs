using Baton.Tests.Infrastructure;
using Npgsql;

namespace Baton.Tests.Foundation;

/// <summary>A person's history survives a crash or a power cut: the local PostgreSQL writes what it acknowledged to disk.</summary>
[Collection(DisposableInfrastructureCollection.Name)]
public sealed class DurableStorageTests(DisposableInfrastructureFixture app)
{
    [Theory]
    [InlineData("fsync")]
    [InlineData("full_page_writes")]
    [InlineData("synchronous_commit")]
    public async Task The_local_database_runs_with_durable_settings_by_default(string setting)
    {
        await using var connection = new NpgsqlConnection(await app.GetConnectionStringAsync("baton"));
        await connection.OpenAsync();
        await using var show = new NpgsqlCommand($"SHOW {setting}", connection);

        Assert.Equal("on", await show.ExecuteScalarAsync());
    }
}
