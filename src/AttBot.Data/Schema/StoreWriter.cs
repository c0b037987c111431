using System.Data.Common;
using System.Threading.Channels;

namespace AttBot.Data.Schema;

/// <summary>
/// Runs the busy writes (registrations, the inbox, outbox deliveries, first messages) in the order they were queued, so
/// that a piece sees everything queued before it (callers rely on it: a conversation is saved without waiting, then its
/// welcome is checked). One loop takes whatever work is waiting and runs it in one transaction on one long-lived
/// connection (a group commit: one commit's cost shared by many writes), each piece in its own savepoint so that one
/// failure does not undo the others. A caller learns its result only after the commit, so nothing is reported that was
/// not stored. Each engine says how it opens its connection, runs a statement and marks a savepoint.
/// </summary>
public abstract class StoreWriter : IDisposable
{
    /// <summary>The most pieces of work in one transaction: enough to amortise a commit, few enough to answer quickly.</summary>
    public const int MaxBatch = 64;

    /// <summary>
    /// How long writes that nobody waits for (<see cref="ExecuteUnhurriedAsync"/>) may wait for company before they are
    /// committed. A commit rewrites every page it touched: when an organization writes to the bot for the first time,
    /// committing each few first messages on their own rewrote the same pages thousands of times a second.
    /// </summary>
    public static readonly TimeSpan UnhurriedDelay = TimeSpan.FromMilliseconds(50);

    /// <summary>The most unhurried writes that wait together for one commit.</summary>
    public const int MaxUnhurriedBatch = 512;

    private readonly Channel<Work> _queue = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lazy<Task> _loop;
    private int _disposed;

    protected StoreWriter()
    {
        // A loop that awaits its queue rather than a thread that blocks on it: a blocking wait spins before it sleeps,
        // and a writer that is idle between batches many times a second would burn a core doing so.
        _loop = new Lazy<Task>(() => Task.Run(RunAsync));
    }

    /// <summary>True once the first work was queued, until the writer is disposed.</summary>
    protected bool IsRunning => _loop.IsValueCreated && Volatile.Read(ref _disposed) == 0;

    /// <summary>Runs <paramref name="work"/> inside a write transaction; completes after the commit.</summary>
    /// <param name="locks">
    /// The locks the work needs (<see cref="StoreConnections.StateLocks"/>), taken for the whole batch when its transaction
    /// begins, all in one order, before anything else: so a batch never waits for a lock while holding another that a
    /// second instance's batch, or a move on another connection, could be waiting for in the opposite order.
    /// </param>
    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, T> work, IReadOnlyCollection<string>? locks = null) =>
        Enqueue(new Work<T>((session, transaction) => work(session.Connection, transaction), isStatement: false) { Locks = locks ?? [] });

    /// <summary>
    /// Runs one statement and gives the number of rows it changed, after the commit. The hot writes (a first message's
    /// profile and conversation, the inbox, outbox deliveries) take this path, so an engine may keep its compiled form.
    /// </summary>
    public Task<int> ExecuteAsync(WriteStatement statement, params object?[] values) => Statement(statement, values, unhurried: false);

    /// <summary>
    /// Like <see cref="ExecuteAsync"/>, for a write nobody waits for and that can be written again if lost (what a first
    /// message says about its sender and conversation): it is committed within <see cref="UnhurriedDelay"/>, with the
    /// next hurried work if that comes sooner, and never after work queued behind it.
    /// </summary>
    public Task<int> ExecuteUnhurriedAsync(WriteStatement statement, params object?[] values) => Statement(statement, values, unhurried: true);

    private Task<int> Statement(WriteStatement statement, object?[] values, bool unhurried)
    {
        if (values.Length != statement.Parameters.Count)
            return Task.FromException<int>(new ArgumentException($"The statement names {statement.Parameters.Count} parameters and was given {values.Length} values.", nameof(values)));
        return Enqueue(new Work<int>((session, transaction) => session.Execute(statement, transaction, values), isStatement: true) { Unhurried = unhurried });
    }

    /// <summary>Completes once everything queued before it is committed, unhurried writes included: a read after it sees them.</summary>
    public Task FlushAsync() => WriteAsync((_, _) => true);

    /// <summary>The writer's own connection, opened when the first batch comes and again after a failed commit.</summary>
    protected abstract ValueTask<WriterSession> OpenSessionAsync();

    private Task<T> Enqueue<T>(Work<T> item)
    {
        if (Volatile.Read(ref _disposed) != 0 || !_queue.Writer.TryWrite(item))
            throw new ObjectDisposedException(GetType().Name);
        _ = _loop.Value;
        return item.Task;
    }

    private async Task RunAsync()
    {
        WriterSession? session = null;
        var batch = new List<Work>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync())
            {
                var unhurried = Take(batch, MaxBatch);
                if (unhurried)
                    await GatherUnhurriedAsync(batch);
                session ??= await OpenSessionAsync();
                if (!RunBatch(session, batch))
                {
                    // A failed commit may leave the connection unusable: the next batch starts on a fresh one.
                    session.Dispose();
                    session = null;
                }
                batch.Clear();
            }
        }
        finally
        {
            session?.Dispose();
        }
    }

    /// <summary>Moves queued work into the batch up to <paramref name="max"/>; true when all it moved is unhurried.</summary>
    private bool Take(List<Work> batch, int max)
    {
        var unhurried = true;
        while (batch.Count < max && _queue.Reader.TryRead(out var work))
        {
            batch.Add(work);
            unhurried &= work.Unhurried;
        }
        return unhurried;
    }

    /// <summary>Waits, at most <see cref="UnhurriedDelay"/>, for more work to commit with the unhurried batch, until hurried work comes.</summary>
    private async Task GatherUnhurriedAsync(List<Work> batch)
    {
        using var delay = new CancellationTokenSource(UnhurriedDelay);
        try
        {
            while (batch.Count < MaxUnhurriedBatch && await _queue.Reader.WaitToReadAsync(delay.Token))
            {
                if (!Take(batch, MaxUnhurriedBatch))
                    return;
            }
        }
        catch (OperationCanceledException) when (delay.IsCancellationRequested)
        {
            // The delay is over: commit what came.
        }
    }

    /// <summary>Runs the batch in one transaction; false when the transaction itself failed (every piece then fails).</summary>
    private static bool RunBatch(WriterSession session, List<Work> batch)
    {
        try
        {
            using var transaction = session.BeginTransaction();
            var locks = batch.SelectMany(w => w.Locks).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (locks.Count > 0)
                session.Lock(transaction, locks);
            foreach (var work in batch)
            {
                if (work.IsStatement && session.StatementUndoesItself)
                {
                    try
                    {
                        work.Run(session, transaction);
                    }
                    catch (Exception ex)
                    {
                        // A failed statement has undone its own changes: the others in the batch stand.
                        work.Fail(ex);
                    }
                    continue;
                }
                session.Savepoint(transaction, forStatement: work.IsStatement);
                try
                {
                    work.Run(session, transaction);
                    session.ReleaseSavepoint(transaction);
                }
                catch (Exception ex)
                {
                    session.RollbackToSavepoint(transaction);
                    session.ReleaseSavepoint(transaction);
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
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        Stopping();
        _queue.Writer.TryComplete();
        if (_loop.IsValueCreated)
            _loop.Value.GetAwaiter().GetResult();
        GC.SuppressFinalize(this);
    }

    /// <summary>Called once when the writer is disposed, before it finishes its queue: stop whatever runs beside it.</summary>
    protected virtual void Stopping()
    {
    }

    /// <summary>The writer's connection, and how its engine runs a statement and marks a savepoint in a transaction.</summary>
    protected abstract class WriterSession : IDisposable
    {
        public abstract DbConnection Connection { get; }

        /// <summary>True when a failed statement undoes only itself and leaves the transaction usable (no savepoint needed).</summary>
        public abstract bool StatementUndoesItself { get; }

        public abstract DbTransaction BeginTransaction();

        public abstract int Execute(WriteStatement statement, DbTransaction transaction, object?[] values);

        /// <summary>
        /// Marks where a piece of work starts. <paramref name="forStatement"/>: the piece is one statement run through
        /// <see cref="Execute"/>, so an engine may send the savepoint with it rather than on its own.
        /// </summary>
        public abstract void Savepoint(DbTransaction transaction, bool forStatement);

        public abstract void ReleaseSavepoint(DbTransaction transaction);

        public abstract void RollbackToSavepoint(DbTransaction transaction);

        /// <summary>Takes these locks (in this order) until the transaction ends; nothing where the engine has one writer only.</summary>
        public virtual void Lock(DbTransaction transaction, IReadOnlyList<string> locks)
        {
        }

        public abstract void Dispose();
    }

    private abstract class Work(bool isStatement)
    {
        public bool IsStatement => isStatement;

        public IReadOnlyCollection<string> Locks { get; init; } = [];

        public bool Unhurried { get; init; }

        public abstract void Run(WriterSession session, DbTransaction transaction);

        public abstract void Fail(Exception exception);

        public abstract void Complete();
    }

    private sealed class Work<T>(Func<WriterSession, DbTransaction, T> work, bool isStatement) : Work(isStatement)
    {
        // Continuations run elsewhere: the writer's next batch must not wait for a caller's reply to be built.
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;
        private bool _failed;

        public Task<T> Task => _completion.Task;

        public override void Run(WriterSession session, DbTransaction transaction) => _result = work(session, transaction);

        public override void Fail(Exception exception)
        {
            _failed = true;
            _completion.TrySetException(exception);
        }

        public override void Complete()
        {
            if (!_failed)
                _completion.TrySetResult(_result!);
        }
    }
}

/// <summary>
/// One SQL statement for <see cref="StoreWriter.ExecuteAsync"/>, with its parameters named in the order their values
/// are given. Kept as a static field beside the store that uses it: a writer may compile it once and reuse it.
/// </summary>
public sealed class WriteStatement(string sql, params string[] parameters)
{
    public string Sql { get; } = sql;

    public IReadOnlyList<string> Parameters { get; } = parameters;
}
