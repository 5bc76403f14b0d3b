using Npgsql;

namespace Baton.Benchmarks.Peer;

/// <summary>
/// A database of the peer's own on Baton's PostgreSQL server: the same server, settings and disk,
/// so both systems store their events with the same durability.
/// </summary>
public static class PeerDatabase
{
    private const string Name = "peer_relay";

    /// <summary>Creates the database empty and returns it as the URL the peer's PostgreSQL client takes.</summary>
    public static async Task<string> CreateAsync(string batonConnectionString)
    {
        var server = new NpgsqlConnectionStringBuilder(batonConnectionString);
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {Name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var credentials = Uri.EscapeDataString(server.Username ?? "postgres") + (server.Password is { } password ? ":" + Uri.EscapeDataString(password) : "");
        return $"postgres://{credentials}@{server.Host}:{server.Port}/{Name}";
    }
}
