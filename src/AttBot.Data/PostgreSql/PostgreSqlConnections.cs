using System.Data.Common;
using AttBot.Data.Schema;
using Dapper;
using Npgsql;

namespace AttBot.Data.PostgreSql;

/// <summary>
/// A PostgreSQL server shared by every instance of the bot. Npgsql pools the connections (one data source per store),
/// so a connection per store operation costs no new session.
/// </summary>
public sealed class PostgreSqlConnections : StoreConnections, IDisposable
{
    /// <summary>The advisory lock key under which instances migrate and seed, one at a time.</summary>
    private const string MigrationLock = "attbot.migrations";

    private readonly NpgsqlDataSource _dataSource;

    public PostgreSqlConnections(string connectionString)
    {
        // No "DISCARD ALL" each time a pooled connection is reused: the bot leaves nothing on a session (no temporary
        // tables, settings or prepared statements; the migration's session lock is released explicitly), and the
        // server would otherwise run it before almost every read.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
        _dataSource = NpgsqlDataSource.Create(builder);
        DataSource = $"{builder.Host}:{builder.Port}/{builder.Database}";
    }

    public override bool SharedByInstances => true;

    public override string Engine => "PostgreSql";

    public override string DataSource { get; }

    public override NpgsqlConnection Open() => _dataSource.OpenConnection();

    internal ValueTask<NpgsqlConnection> OpenAsync() => _dataSource.OpenConnectionAsync();

    /// <summary>The channel on which migration 0016's triggers announce changes to the tables instances keep in memory.</summary>
    public const string ChangesChannel = "attbot_changes";

    /// <summary>A connection that listens on <see cref="ChangesChannel"/>, for one instance's listener to hold open.</summary>
    public async Task<NpgsqlConnection> ListenForChangesAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var listen = new NpgsqlCommand($"LISTEN {ChangesChannel}", connection);
        await listen.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// READ COMMITTED, PostgreSQL's default: rows are locked by the statements that change them, and the few rules that
    /// need more (conflicts between registrations) take an advisory lock, see <see cref="LockStates"/>.
    /// </summary>
    public override DbTransaction BeginWrite(DbConnection connection) => connection.BeginTransaction();

    public override StoreWriter CreateWriter() => new PostgreSqlStoreWriter(this);

    /// <summary>
    /// A session-level advisory lock, held on the migrating connection: a second instance starting at the same moment
    /// waits here, then finds every migration applied and the seed done.
    /// </summary>
    public override IDisposable LockForMigration(DbConnection connection)
    {
        connection.Execute("SELECT pg_advisory_lock(hashtextextended(@MigrationLock, 0))", new { MigrationLock });
        return new Unlock(connection);
    }

    /// <summary>
    /// A transaction-scoped advisory lock per state (pg_advisory_xact_lock), taken before the conflict search and released
    /// by the commit. Chosen over SERIALIZABLE with retries: a registration's side effects (audit line, outbox messages)
    /// then run once, nothing is retried, and registrations for other states never wait. States are locked in one order,
    /// so two registrations sharing several states cannot deadlock.
    /// </summary>
    public override void LockStates(DbConnection connection, DbTransaction transaction, IEnumerable<string> iso3s) =>
        Lock(connection, transaction, StateLocks(iso3s).Order(StringComparer.Ordinal).ToList());

    /// <summary>Transaction-scoped advisory locks, in the order given, in one message: one statement each, run in turn.</summary>
    internal static void Lock(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> locks)
    {
        if (locks.Count == 0)
            return;
        var sql = new System.Text.StringBuilder();
        var parameters = new DynamicParameters();
        for (var i = 0; i < locks.Count; i++)
        {
            sql.Append("SELECT pg_advisory_xact_lock(hashtextextended(@lock").Append(i).Append(", 0));");
            parameters.Add($"lock{i}", locks[i]);
        }
        connection.Execute(sql.ToString(), parameters, transaction);
    }


    public void Dispose() => _dataSource.Dispose();

    private sealed class Unlock(DbConnection connection) : IDisposable
    {
        public void Dispose()
        {
            if (connection.State == System.Data.ConnectionState.Open)
                connection.Execute("SELECT pg_advisory_unlock(hashtextextended(@MigrationLock, 0))", new { MigrationLock });
        }
    }
}
