using System.Data.Common;
using AttBot.Data.Schema;
using Dapper;
using Npgsql;

namespace AttBot.Data.PostgreSql;

/// <summary>
/// PostgreSQL's writer for the busy write paths. PostgreSQL admits many writers, but the bot relies on what the SQLite
/// writer promises: work runs in the order it was queued, so a piece sees everything queued before it (a conversation
/// saved without waiting, then its welcome checked; a person's profile, then their registration). So here too the
/// group commit of <see cref="StoreWriter"/> runs the queue in order on one connection. What is PostgreSQL's own: a
/// failed statement aborts the whole transaction, so every piece, single statements too, runs in a savepoint.
/// </summary>
/// <remarks>
/// At most one piece of work given as code (a registration, a claim) goes in a batch, with any number of single statements:
/// a registration holds its states' advisory locks until the commit, and two such pieces in one transaction could wait for
/// another instance's batch that waits for them.
/// </remarks>
public sealed class PostgreSqlStoreWriter(PostgreSqlConnections connections) : StoreWriter
{
    protected override bool OneCodePieceABatch => true;

    protected override async ValueTask<WriterSession> OpenSessionAsync() => new Session(await connections.OpenAsync());

    private sealed class Session(NpgsqlConnection connection) : WriterSession
    {
        public override DbConnection Connection => connection;

        public override bool StatementUndoesItself => false;

        public override DbTransaction BeginTransaction() => connection.BeginTransaction();

        public override int Execute(WriteStatement statement, DbTransaction transaction, object?[] values)
        {
            var parameters = new DynamicParameters();
            for (var i = 0; i < values.Length; i++)
                parameters.Add(statement.Parameters[i], values[i]);
            return connection.Execute(statement.Sql, parameters, transaction);
        }

        public override void Savepoint(DbTransaction transaction) => ((NpgsqlTransaction)transaction).Save("work");

        public override void ReleaseSavepoint(DbTransaction transaction) => ((NpgsqlTransaction)transaction).Release("work");

        public override void RollbackToSavepoint(DbTransaction transaction) => ((NpgsqlTransaction)transaction).Rollback("work");

        public override void Dispose() => connection.Dispose();
    }
}
