using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Baton.Api.Data;

public static class TransactionCommands
{
    /// <summary>
    /// A raw statement in the context's open transaction, for what EF cannot say in one round trip.
    /// <paramref name="why"/> says why the caller needs that transaction, should there be none.
    /// </summary>
    public static NpgsqlCommand CommandInTransaction(this BatonDbContext db, string sql, string why)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException(why);
        return new NpgsqlCommand(sql, (NpgsqlConnection)transaction.Connection!, (NpgsqlTransaction)transaction);
    }
}
