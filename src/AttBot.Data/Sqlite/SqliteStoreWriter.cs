using System.Data.Common;
using AttBot.Data.Schema;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AttBot.Data.Sqlite;

/// <summary>
/// SQLite's one writer for the busy write paths (registrations, outbox deliveries). SQLite admits one writer at a time;
/// when 32 threads take turns at the lock, most of the time goes to waiting, handing the lock over and re-reading pages
/// that the previous writer's commit invalidated. The group commit of <see cref="StoreWriter"/> replaces that; what is
/// SQLite's own is here: the transaction takes the write lock at once, single statements keep their compiled form and
/// need no savepoint (a failed one undoes only itself), and WAL checkpoints run on a timer.
/// </summary>
/// <remarks>
/// Other processes and the store's other methods still take SQLite's lock the usual way. Checkpoints run on a timer of
/// their own instead of inside this writer's commits, where they would hold up every waiting caller.
/// </remarks>
public sealed class SqliteStoreWriter : StoreWriter
{
    private const int WriterCacheKiB = 64 * 1024;

    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromSeconds(1);

    private readonly SqliteConnections _connections;
    private readonly Timer _checkpoints;

    public SqliteStoreWriter(SqliteConnections connections)
    {
        _connections = connections;
        _checkpoints = new Timer(_ => Checkpoint(), null, CheckpointInterval, CheckpointInterval);
    }

    protected override ValueTask<WriterSession> OpenSessionAsync()
    {
        var connection = _connections.Open();
        // This connection lives as long as the writer and is the only one writing, so its page cache stays valid between
        // batches: a larger one keeps the hot index pages of a big store in memory instead of re-reading them per insert.
        connection.Execute($"PRAGMA wal_autocheckpoint = 0; PRAGMA cache_size = -{WriterCacheKiB};");
        return ValueTask.FromResult<WriterSession>(new Session(new WriterConnection(connection)));
    }

    /// <summary>Copies the WAL back into the database without blocking writers (PASSIVE), so the WAL stays small.</summary>
    private void Checkpoint()
    {
        if (!IsRunning)
            return;
        try
        {
            using var connection = _connections.Open();
            connection.Execute("PRAGMA wal_checkpoint(PASSIVE);");
        }
        catch (SqliteException)
        {
            // Busy or shutting down: the next tick tries again.
        }
    }

    protected override void Stopping() => _checkpoints.Dispose();

    private sealed class Session(WriterConnection connection) : WriterSession
    {
        public override DbConnection Connection => connection.Sqlite;

        public override bool StatementUndoesItself => true;

        // Immediate: the write lock is taken at the start, not upgraded halfway through a batch where it could be refused.
        public override DbTransaction BeginTransaction() => connection.Sqlite.BeginTransaction(deferred: false);

        public override int Execute(WriteStatement statement, DbTransaction transaction, object?[] values) =>
            connection.Execute(statement, (SqliteTransaction)transaction, values);

        public override void Savepoint(DbTransaction transaction, bool forStatement) => connection.Execute(WriterConnection.Savepoint, (SqliteTransaction)transaction);

        public override void ReleaseSavepoint(DbTransaction transaction) => connection.Execute(WriterConnection.Release, (SqliteTransaction)transaction);

        public override void RollbackToSavepoint(DbTransaction transaction) => connection.Execute(WriterConnection.RollbackToSavepoint, (SqliteTransaction)transaction);

        public override void Dispose() => connection.Dispose();
    }
}
