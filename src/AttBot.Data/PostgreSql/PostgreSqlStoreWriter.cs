using System.Data.Common;
using AttBot.Data.Schema;
using Dapper;

namespace AttBot.Data.PostgreSql;

/// <summary>
/// PostgreSQL's writer: each write is its own transaction on a pooled connection. PostgreSQL lets many transactions
/// write at once, so there is no single writer to queue for and nothing to gain from grouping commits.
/// </summary>
public sealed class PostgreSqlStoreWriter(PostgreSqlConnections connections) : StoreWriter
{
    private int _disposed;

    public override Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, T> work)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        // The work is synchronous Dapper code: it runs on the thread pool, as a caller of the SQLite writer expects.
        return Task.Run(() =>
        {
            using var connection = connections.Open();
            using var transaction = connections.BeginWrite(connection);
            var result = work(connection, transaction);
            transaction.Commit();
            return result;
        });
    }

    public override async Task<int> ExecuteAsync(WriteStatement statement, params object?[] values)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (values.Length != statement.Parameters.Count)
            throw new ArgumentException($"The statement names {statement.Parameters.Count} parameters and was given {values.Length} values.", nameof(values));
        var parameters = new DynamicParameters();
        for (var i = 0; i < values.Length; i++)
            parameters.Add(statement.Parameters[i], values[i]);
        // A single statement is a transaction by itself.
        await using var connection = await connections.OpenAsync();
        return await connection.ExecuteAsync(statement.Sql, parameters);
    }

    /// <summary>Nothing is queued here: each write finishes with its own caller.</summary>
    public override void Dispose() => Interlocked.Exchange(ref _disposed, 1);
}
