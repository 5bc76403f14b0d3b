using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Baton.Api.Data;

/// <summary>
/// Raw statements in the context's open transaction, for what EF cannot say in one round trip.
/// <c>why</c> says why the caller needs that transaction, should there be none.
/// </summary>
public static class TransactionCommands
{
    public static NpgsqlCommand CommandInTransaction(this BatonDbContext db, string sql, string why)
    {
        var transaction = OpenTransaction(db, why);
        return new NpgsqlCommand(sql, transaction.Connection, transaction);
    }

    private static NpgsqlTransaction OpenTransaction(BatonDbContext db, string why) =>
        (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException(why);
}
