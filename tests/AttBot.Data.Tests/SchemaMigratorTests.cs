using AttBot.Data.Schema;
using AttBot.Data.Seed;
using AttBot.Data.Store;
using Dapper;

namespace AttBot.Data.Tests;

public abstract class SchemaMigratorTests(TestDatabase db) : IDisposable
{
    protected TestDatabase Db { get; } = db;

    public void Dispose() => Db.Dispose();

    [Fact]
    public void A_new_database_gets_every_migration_recorded()
    {
        var migrator = new SchemaMigrator(Db.Connections);
        var applied = migrator.Migrate();

        Assert.Equal(migrator.Migrations.Select(m => m.Version), applied);
        using var connection = Db.Connections.Open();
        Assert.Equal(SchemaMigrator.LatestVersion, connection.ExecuteScalar<int>("SELECT MAX(version) FROM schema_version"));
    }

    [Fact]
    public void Migrating_twice_applies_nothing_the_second_time()
    {
        new SchemaMigrator(Db.Connections).Migrate();
        Assert.Empty(new SchemaMigrator(Db.Connections).Migrate());
    }

    [Fact]
    public void A_database_from_a_newer_AttBot_is_refused_with_a_clear_message()
    {
        new SchemaMigrator(Db.Connections).Migrate();
        using (var connection = Db.Connections.Open())
            connection.Execute("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', '2030-01-01')");

        var error = Assert.Throws<SchemaTooNewException>(() => new SchemaMigrator(Db.Connections).Migrate());
        Assert.Equal(999, error.DatabaseVersion);
        Assert.Contains("newer AttBot", error.Message);
        Assert.Contains(Db.DataSource, error.Message);
    }

    [Fact]
    public void The_seed_runs_after_the_migrations_and_its_failure_stops_the_start()
    {
        new SchemaMigrator(Db.Connections).Migrate();
        var seeded = false;

        Assert.ThrowsAny<InvalidOperationException>(() => new SchemaMigrator(Db.Connections).Migrate(() =>
        {
            seeded = true;
            throw new InvalidOperationException("seed failed");
        }));
        Assert.True(seeded);
        Assert.Empty(new SchemaMigrator(Db.Connections).Migrate());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public void Migrations_are_numbered_without_gaps_and_alike_on_both_engines(string engine)
    {
        var versions = SchemaMigrator.MigrationsOf(engine).Select(m => m.Version).ToList();
        Assert.Equal(Enumerable.Range(1, SchemaMigrator.LatestVersion), versions);
        Assert.Equal(SchemaMigrator.MigrationsOf("Sqlite").Select(m => m.Name), SchemaMigrator.MigrationsOf(engine).Select(m => m.Name));
    }
}

public sealed class SchemaMigratorTestsOnSqlite() : SchemaMigratorTests(new TempDatabase())
{
    [Fact]
    public void A_new_database_runs_in_WAL_mode_with_foreign_keys()
    {
        new SchemaMigrator(Db.Connections).Migrate();

        using var connection = Db.Connections.Open();
        Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode"));
        Assert.Equal(1, connection.ExecuteScalar<int>("PRAGMA foreign_keys"));
        Assert.True(File.Exists(((TempDatabase)Db).Path_));
    }
}

public sealed class SchemaMigratorTestsOnPostgreSql() : SchemaMigratorTests(new PostgreSqlDatabase())
{
    [Fact]
    public async Task Two_instances_starting_together_migrate_once_and_seed_once()
    {
        // Each "instance" has its own pool of connections, as two processes would.
        using var first = new PostgreSql.PostgreSqlConnections(((PostgreSqlDatabase)Db).ConnectionString);
        using var second = new PostgreSql.PostgreSqlConnections(((PostgreSqlDatabase)Db).ConnectionString);
        using var bothReady = new Barrier(2);

        (IReadOnlyList<int> Applied, int Seeded) Start(StoreConnections connections)
        {
            bothReady.SignalAndWait(TimeSpan.FromSeconds(30));
            var seeded = 0;
            var applied = new SchemaMigrator(connections).Migrate(() => seeded = new CountryStore(connections).SeedIfEmpty(StatusTable.ReadSeed(), StatusTable.SeedCurrentTo));
            return (applied, seeded);
        }

        var results = await Task.WhenAll(Task.Run(() => Start(first)), Task.Run(() => Start(second)));

        Assert.Equal(SchemaMigrator.LatestVersion, results.Sum(r => r.Applied.Count));
        Assert.Equal(196, results.Sum(r => r.Seeded));
        using var connection = Db.Connections.Open();
        Assert.Equal(SchemaMigrator.LatestVersion, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(196, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM countries"));
    }
}
