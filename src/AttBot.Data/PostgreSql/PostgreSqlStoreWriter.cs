using System.Data.Common;
using System.Threading.Channels;
using AttBot.Data.Schema;
using Dapper;
using Npgsql;

namespace AttBot.Data.PostgreSql;

/// <summary>
/// PostgreSQL's writer for the busy write paths. PostgreSQL admits many writers, but the bot relies on what the SQLite
/// writer promises: work runs in the order it was queued, so a piece sees everything queued before it (a conversation
/// saved without waiting, then its welcome checked; a person's profile, then their registration). So here too one loop
/// runs the queue in order, on one connection, and commits what is waiting together (a group commit: one commit's wait
/// for the disk shared by many writes), each piece in its own savepoint so that one failure does not undo the others.
/// A caller learns its result only after the commit.
/// </summary>
/// <remarks>
/// At most one piece of work given as code (a registration, a claim) goes in a batch, with any number of single statements:
/// a registration holds its states' advisory locks until the commit, and two such pieces in one transaction could wait for
/// another instance's batch that waits for them.
/// </remarks>
public sealed class PostgreSqlStoreWriter : StoreWriter
{
    /// <summary>The most pieces of work in one transaction: enough to amortise a commit, few enough to answer quickly.</summary>
    public const int MaxBatch = 64;

    private readonly PostgreSqlConnections _connections;
    private readonly Channel<IWork> _queue = Channel.CreateUnbounded<IWork>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lazy<Task> _loop;
    private int _disposed;

    public PostgreSqlStoreWriter(PostgreSqlConnections connections)
    {
        _connections = connections;
        _loop = new Lazy<Task>(() => Task.Run(RunAsync));
    }

    public override Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, T> work) => Enqueue(new Work<T>(work));

    public override Task<int> ExecuteAsync(WriteStatement statement, params object?[] values)
    {
        if (values.Length != statement.Parameters.Count)
            return Task.FromException<int>(new ArgumentException($"The statement names {statement.Parameters.Count} parameters and was given {values.Length} values.", nameof(values)));
        var parameters = new DynamicParameters();
        for (var i = 0; i < values.Length; i++)
            parameters.Add(statement.Parameters[i], values[i]);
        return Enqueue(new Work<int>((connection, transaction) => connection.Execute(statement.Sql, parameters, transaction), isStatement: true));
    }

    private Task<T> Enqueue<T>(Work<T> item)
    {
        if (Volatile.Read(ref _disposed) != 0 || !_queue.Writer.TryWrite(item))
            throw new ObjectDisposedException(nameof(PostgreSqlStoreWriter));
        _ = _loop.Value;
        return item.Task;
    }

    private async Task RunAsync()
    {
        NpgsqlConnection? connection = null;
        var batch = new List<IWork>(MaxBatch);
        IWork? carried = null;
        try
        {
            while (carried is not null || await _queue.Reader.WaitToReadAsync())
            {
                if (carried is not null)
                    batch.Add(carried);
                carried = null;
                var hasCode = batch.Any(w => !w.IsStatement);
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var work))
                {
                    if (!work.IsStatement && hasCode)
                    {
                        carried = work; // the next batch starts with it, so the queue's order is kept
                        break;
                    }
                    hasCode |= !work.IsStatement;
                    batch.Add(work);
                }
                connection ??= await _connections.OpenAsync();
                if (!RunBatch(connection, batch))
                {
                    // A failed commit or a broken connection: the next batch starts on a fresh one.
                    await connection.DisposeAsync();
                    connection = null;
                }
                batch.Clear();
            }
        }
        finally
        {
            if (connection is not null)
                await connection.DisposeAsync();
        }
    }

    /// <summary>Runs the batch in one transaction; false when the transaction itself failed (every piece then fails).</summary>
    private static bool RunBatch(NpgsqlConnection connection, List<IWork> batch)
    {
        try
        {
            using var transaction = connection.BeginTransaction();
            foreach (var work in batch)
            {
                // A failed statement aborts a PostgreSQL transaction: each piece runs in a savepoint, so only it is undone.
                transaction.Save("work");
                try
                {
                    work.Run(connection, transaction);
                    transaction.Release("work");
                }
                catch (Exception ex)
                {
                    transaction.Rollback("work");
                    transaction.Release("work");
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

    /// <summary>Finishes the work already queued, then stops.</summary>
    public override void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        _queue.Writer.TryComplete();
        if (_loop.IsValueCreated)
            _loop.Value.GetAwaiter().GetResult();
    }

    private interface IWork
    {
        bool IsStatement { get; }
        void Run(DbConnection connection, DbTransaction transaction);
        void Fail(Exception exception);
        void Complete();
    }

    private sealed class Work<T>(Func<DbConnection, DbTransaction, T> work, bool isStatement = false) : IWork
    {
        // Continuations run elsewhere: the writer's next batch must not wait for a caller's reply to be built.
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;
        private bool _failed;

        public Task<T> Task => _completion.Task;

        public bool IsStatement => isStatement;

        public void Run(DbConnection connection, DbTransaction transaction) => _result = work(connection, transaction);

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
}
