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
/// A batch may hold many registrations, each needing its states' advisory locks until the commit. They are all taken
/// when the batch's transaction begins, in one order (<see cref="Session.Lock"/>): taken one registration at a time, two
/// instances' batches (or a batch and a move) could each hold a state the other waits for.
/// </remarks>
public sealed class PostgreSqlStoreWriter(PostgreSqlConnections connections) : StoreWriter
{
    protected override async ValueTask<WriterSession> OpenSessionAsync() => new Session(await connections.OpenAsync());

    /// <summary>
    /// Every piece runs in a savepoint, and each savepoint would cost a round trip to the server to take and another to
    /// release, more than the piece itself for a single statement. So a savepoint is released only when the next one is
    /// taken (one "RELEASE …; SAVEPOINT …" message) or by the commit, which releases them all; and before a single
    /// statement both go in the statement's own message. A failed statement aborts only what follows its savepoint.
    /// </summary>
    private sealed class Session(NpgsqlConnection connection) : WriterSession
    {
        private const string Take = "SAVEPOINT work;";
        private const string ReleaseAndTake = "RELEASE SAVEPOINT work; SAVEPOINT work;";

        private readonly Dictionary<(WriteStatement Statement, bool Release), string> _prefixed = [];
        private bool _releaseDue;
        private bool _savepointDue;
        private bool _savepointUncertain;

        public override DbConnection Connection => connection;

        public override bool StatementUndoesItself => false;

        public override DbTransaction BeginTransaction()
        {
            _releaseDue = _savepointDue = _savepointUncertain = false;
            return connection.BeginTransaction();
        }

        public override int Execute(WriteStatement statement, DbTransaction transaction, object?[] values)
        {
            var parameters = new DynamicParameters();
            for (var i = 0; i < values.Length; i++)
                parameters.Add(statement.Parameters[i], values[i]);
            var sql = _savepointDue ? Prefixed(statement, _releaseDue) : statement.Sql;
            _savepointDue = _releaseDue = false;
            try
            {
                // RELEASE and SAVEPOINT change no rows: the count is the statement's.
                return connection.Execute(sql, parameters, transaction);
            }
            catch (Exception ex) when (ex is not PostgresException)
            {
                // Failed before the server ran it, or with the connection: the savepoint may not exist, and rolling back
                // to the one before would undo a piece already counted as done. The whole batch fails instead.
                _savepointUncertain = true;
                throw;
            }
        }

        public override void Savepoint(DbTransaction transaction, bool forStatement)
        {
            if (forStatement)
            {
                _savepointDue = true;
                return;
            }
            connection.Execute(_releaseDue ? ReleaseAndTake : Take, transaction: transaction);
            _releaseDue = false;
        }

        public override void ReleaseSavepoint(DbTransaction transaction) => _releaseDue = true;

        public override void RollbackToSavepoint(DbTransaction transaction)
        {
            if (_savepointUncertain)
                throw new InvalidOperationException("The writer cannot tell where the failed statement's savepoint is: the whole batch is undone.");
            connection.Execute("ROLLBACK TO SAVEPOINT work", transaction: transaction);
            _releaseDue = true;
        }

        public override void Lock(DbTransaction transaction, IReadOnlyList<string> locks) =>
            PostgreSqlConnections.Lock(connection, transaction, locks);

        public override void Dispose() => connection.Dispose();

        private string Prefixed(WriteStatement statement, bool release)
        {
            if (!_prefixed.TryGetValue((statement, release), out var sql))
                _prefixed[(statement, release)] = sql = (release ? ReleaseAndTake : Take) + " " + statement.Sql;
            return sql;
        }
    }
}
