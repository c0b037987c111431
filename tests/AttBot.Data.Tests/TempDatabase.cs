using AttBot.Data.Schema;
using AttBot.Data.Sqlite;
using Microsoft.Data.Sqlite;

namespace AttBot.Data.Tests;

/// <summary>A fresh, empty database for one test, on one engine; removed afterwards.</summary>
public abstract class TestDatabase : IDisposable
{
    public abstract StoreConnections Connections { get; }

    /// <summary>Where the database is, as the migrator's messages name it.</summary>
    public string DataSource => Connections.DataSource;

    public StoreConnections Migrated()
    {
        new SchemaMigrator(Connections).Migrate();
        return Connections;
    }

    /// <summary>Connections of a second instance of the bot to the same database (a pool of its own), closed with this one.</summary>
    public abstract StoreConnections AnotherInstance();

    public abstract void Dispose();
}

/// <summary>A real SQLite file in its own temporary folder, removed afterwards.</summary>
public sealed class TempDatabase : TestDatabase
{
    private readonly SqliteConnections _connections;

    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "attbot-data-tests", Guid.NewGuid().ToString("N"));
        Path_ = System.IO.Path.Combine(Folder, "attbot.db");
        _connections = new SqliteConnections($"Data Source={Path_}");
    }

    public string Folder { get; }
    public string Path_ { get; }
    public override SqliteConnections Connections => _connections;

    public override StoreConnections AnotherInstance() => new SqliteConnections($"Data Source={Path_}");

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
