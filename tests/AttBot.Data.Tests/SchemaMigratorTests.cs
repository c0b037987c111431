using AttBot.Data.Schema;
using Dapper;

namespace AttBot.Data.Tests;

public sealed class SchemaMigratorTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_new_database_gets_every_migration_recorded_and_runs_in_WAL_mode()
    {
        var applied = new SchemaMigrator(_db.Connections).Migrate();

        Assert.Equal(SchemaMigrator.Migrations.Select(m => m.Version), applied);
        using var connection = _db.Connections.Open();
        Assert.Equal(SchemaMigrator.LatestVersion, connection.ExecuteScalar<int>("SELECT MAX(version) FROM schema_version"));
        Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode"));
        Assert.Equal(1, connection.ExecuteScalar<int>("PRAGMA foreign_keys"));
        Assert.True(File.Exists(_db.Path_));
    }

    [Fact]
    public void Migrating_twice_applies_nothing_the_second_time()
    {
        new SchemaMigrator(_db.Connections).Migrate();
        Assert.Empty(new SchemaMigrator(_db.Connections).Migrate());
    }

    [Fact]
    public void A_database_from_a_newer_AttBot_is_refused_with_a_clear_message()
    {
        new SchemaMigrator(_db.Connections).Migrate();
        using (var connection = _db.Connections.Open())
            connection.Execute("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', '2030-01-01')");

        var error = Assert.Throws<SchemaTooNewException>(() => new SchemaMigrator(_db.Connections).Migrate());
        Assert.Equal(999, error.DatabaseVersion);
        Assert.Contains("newer AttBot", error.Message);
        Assert.Contains(_db.Path_, error.Message);
    }

    [Fact]
    public void Migrations_are_numbered_without_gaps()
    {
        var versions = SchemaMigrator.Migrations.Select(m => m.Version).ToList();
        Assert.Equal(Enumerable.Range(1, versions.Max()), versions);
    }
}
