using System.Data.Common;
using System.Threading.Channels;
using AttBot.Data.Schema;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AttBot.Data.Sqlite;

/// <summary>
/// SQLite's one writer for the busy write paths (registrations, outbox deliveries). SQLite admits one writer at a time;
/// when 32 threads take turns at the lock, most of the time goes to waiting, handing the lock over and re-reading pages
/// that the previous writer's commit invalidated. Here a single loop takes whatever work is waiting and runs it in
/// one transaction (a group commit): each piece in its own savepoint, so one failure does not undo the others, and each
/// caller learns its result only after the commit, so nothing is reported that was not stored.
/// </summary>
/// <remarks>
/// Work runs in queue order, so a piece always sees everything queued before it (two conflicting registrations in one
/// batch find each other). Other processes and the store's other methods still take SQLite's lock the usual way.
/// WAL checkpoints run on a timer of their own instead of inside this writer's commits, where they would hold up every
/// waiting caller.
/// </remarks>
public sealed class SqliteStoreWriter : StoreWriter
{
    /// <summary>The most pieces of work in one transaction: enough to amortise a commit, few enough to answer quickly.</summary>
    public const int MaxBatch = 64;

    private const int WriterCacheKiB = 64 * 1024;

    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromSeconds(1);

    private readonly SqliteConnections _connections;
    private readonly Channel<IWork> _queue = Channel.CreateUnbounded<IWork>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lazy<Task> _loop;
    private readonly Timer _checkpoints;
    private int _disposed;

    public SqliteStoreWriter(SqliteConnections connections)
    {
        _connections = connections;
        // A loop that awaits its queue rather than a thread that blocks on it: a blocking wait spins before it sleeps,
        // and a writer that is idle between batches many times a second would burn a core doing so.
        _loop = new Lazy<Task>(() => Task.Run(RunAsync));
        _checkpoints = new Timer(_ => Checkpoint(), null, CheckpointInterval, CheckpointInterval);
    }

    /// <summary>Runs <paramref name="work"/> inside a write transaction by the writer; completes after the commit.</summary>
    public override Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, T> work) => Enqueue(new Work<T>(work));

    /// <summary>
    /// Runs one statement by the writer and gives the number of rows it changed, after the commit. The hot writes
    /// (a first message's profile and conversation, the inbox, outbox deliveries) take this path: a single statement is
    /// atomic by itself, so it needs no savepoint, and its compiled form is kept instead of being prepared for every row.
    /// </summary>
    public override Task<int> ExecuteAsync(WriteStatement statement, params object?[] values) => Enqueue(new StatementWork(statement, values));

    private Task<T> Enqueue<T>(WorkBase<T> item)
    {
        if (Volatile.Read(ref _disposed) != 0 || !_queue.Writer.TryWrite(item))
            throw new ObjectDisposedException(nameof(SqliteStoreWriter));
        _ = _loop.Value;
        return item.Task;
    }

    private async Task RunAsync()
    {
        WriterConnection? connection = null;
        var batch = new List<IWork>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync())
            {
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var work))
                    batch.Add(work);
                connection ??= new WriterConnection(OpenWriterConnection());
                if (!RunBatch(connection, batch))
                {
                    // A failed commit may leave the connection unusable: start the next batch on a fresh one.
                    connection.Dispose();
                    connection = null;
                }
                batch.Clear();
            }
        }
        finally
        {
            connection?.Dispose();
        }
    }

    private SqliteConnection OpenWriterConnection()
    {
        var connection = _connections.Open();
        // This connection lives as long as the writer and is the only one writing, so its page cache stays valid between
        // batches: a larger one keeps the hot index pages of a big store in memory instead of re-reading them per insert.
        connection.Execute($"PRAGMA wal_autocheckpoint = 0; PRAGMA cache_size = -{WriterCacheKiB};");
        return connection;
    }

    /// <summary>Runs the batch in one transaction; false when the transaction itself failed (every piece then fails).</summary>
    private static bool RunBatch(WriterConnection connection, List<IWork> batch)
    {
        try
        {
            using var transaction = connection.Sqlite.BeginTransaction(deferred: false);
            foreach (var work in batch)
            {
                if (work is StatementWork statement)
                {
                    try
                    {
                        statement.Run(connection, transaction);
                    }
                    catch (Exception ex)
                    {
                        // A failed statement has undone its own changes: the others in the batch stand.
                        statement.Fail(ex);
                    }
                    continue;
                }
                connection.Execute(WriterConnection.Savepoint, transaction);
                try
                {
                    work.Run(connection, transaction);
                    connection.Execute(WriterConnection.Release, transaction);
                }
                catch (Exception ex)
                {
                    connection.Execute(WriterConnection.RollbackToSavepoint, transaction);
                    connection.Execute(WriterConnection.Release, transaction);
                    work.Fail(ex);
                }
            }
            transaction.Commit();
        }
        catch (Exception ex)
        {
            foreach (var work in batch)
                work.Fail(ex);
            return false;
        }
        foreach (var work in batch)
            work.Complete();
        return true;
    }

    /// <summary>Copies the WAL back into the database without blocking writers (PASSIVE), so the WAL stays small.</summary>
    private void Checkpoint()
    {
        if (Volatile.Read(ref _disposed) != 0 || !_loop.IsValueCreated)
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

    /// <summary>Finishes the work already queued, then stops.</summary>
    public override void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        _checkpoints.Dispose();
        _queue.Writer.TryComplete();
        if (_loop.IsValueCreated)
            _loop.Value.GetAwaiter().GetResult();
    }

    private interface IWork
    {
        void Run(WriterConnection connection, SqliteTransaction transaction);
        void Fail(Exception exception);
        void Complete();
    }

    private abstract class WorkBase<T> : IWork
    {
        // Continuations run elsewhere: the writer's next batch must not wait for a caller's reply to be built.
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;
        private bool _failed;

        public Task<T> Task => _completion.Task;

        public void Run(WriterConnection connection, SqliteTransaction transaction) => _result = Execute(connection, transaction);

        protected abstract T Execute(WriterConnection connection, SqliteTransaction transaction);

        public void Fail(Exception exception)
        {
            _failed = true;
            _completion.TrySetException(exception);
        }

        public void Complete()
        {
            if (!_failed)
                _completion.TrySetResult(_result!);
        }
    }

    private sealed class Work<T>(Func<DbConnection, DbTransaction, T> work) : WorkBase<T>
    {
        protected override T Execute(WriterConnection connection, SqliteTransaction transaction) => work(connection.Sqlite, transaction);
    }

    private sealed class StatementWork(WriteStatement statement, object?[] values) : WorkBase<int>
    {
        protected override int Execute(WriterConnection connection, SqliteTransaction transaction) => connection.Execute(statement, transaction, values);
    }
}
