using System.Data.Common;
using AttBot.Data.Schema;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AttBot.Data.Sqlite;

/// <summary>The embedded engine: one open connection per store operation, with the pragmas every connection needs.</summary>
public sealed class SqliteConnections : StoreConnections
{
    private readonly string _connectionString;

    public SqliteConnections(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        };
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(directory))
                Directory.CreateDirectory(directory);
        }
        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    public override string Engine => "Sqlite";

    public override string DataSource { get; }

    public override SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // Writers wait for each other instead of failing at once; NORMAL is durable enough under WAL.
        command.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";
        command.ExecuteNonQuery();
        return connection;
    }

    /// <summary>BEGIN IMMEDIATE: the write lock is taken before the first read, so what was read is still true at the commit.</summary>
    public override DbTransaction BeginWrite(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: false);

    public override StoreWriter CreateWriter() => new SqliteStoreWriter(this);

    /// <summary>WAL is a property of the file, set once; one process owns a SQLite file, so no lock is needed beyond SQLite's own.</summary>
    public override IDisposable LockForMigration(DbConnection connection)
    {
        connection.Execute("PRAGMA journal_mode = WAL;");
        return new NothingToRelease();
    }

    /// <summary>Nothing to do: every write transaction holds SQLite's single write lock (BEGIN IMMEDIATE), which serialises all writers.</summary>
    public override void LockStates(DbConnection connection, DbTransaction transaction, IEnumerable<string> iso3s) { }


    private sealed class NothingToRelease : IDisposable
    {
        public void Dispose() { }
    }
}
