using System.Data.Common;
using Npgsql;

namespace Baton.Api.Data;

/// <summary>
/// How the API's pooled connections behave, where its connection string does not say otherwise (a setting it
/// names keeps its own value):
/// <list type="bullet">
/// <item>The statements the relay repeats (a drain's append, its locks) are prepared on each connection once they
/// recur: PostgreSQL then neither parses nor plans them again, which was a quarter of its CPU per streamed event.
/// <c>Max Auto Prepare=0</c> turns that off, as a pooler in front of PostgreSQL that cannot keep prepared statements
/// between transactions needs.</item>
/// <item>A connection back in the pool is not reset. Baton keeps no session state on a connection (no settings, no
/// temporary tables, no listening; the migrator's one session lock it releases itself), so the reset only cost
/// PostgreSQL seven statements every time the relay took a connection: about 0.15 ms, more than a drain's append.</item>
/// </list>
/// </summary>
public static class PooledConnections
{
    public static string? Tune(string? connectionString)
    {
        if (connectionString is null)
        {
            return null;
        }

        var named = Names(connectionString);
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        if (!named.Contains(nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare)))
        {
            tuned.MaxAutoPrepare = 64;
            tuned.AutoPrepareMinUsages = 2;
        }

        if (!named.Contains(nameof(NpgsqlConnectionStringBuilder.NoResetOnClose)))
        {
            tuned.NoResetOnClose = true;
        }

        return tuned.ConnectionString;
    }

    /// <summary>The settings a connection string names, spaces left out, whichever spelling it uses.</summary>
    private static HashSet<string> Names(string connectionString) =>
        new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(name => name.Replace(" ", "", StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
