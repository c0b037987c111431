using AttBot.Data.Schema;
using Microsoft.Data.Sqlite;

namespace AttBot.Data.Tests;

/// <summary>A real SQLite file in its own temporary folder, removed afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "attbot-data-tests", Guid.NewGuid().ToString("N"));
        Path_ = System.IO.Path.Combine(Folder, "attbot.db");
        Connections = new SqliteConnectionFactory($"Data Source={Path_}");
    }

    public string Folder { get; }
    public string Path_ { get; }
    public SqliteConnectionFactory Connections { get; }

    public SqliteConnectionFactory Migrated()
    {
        new SchemaMigrator(Connections).Migrate();
        return Connections;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
