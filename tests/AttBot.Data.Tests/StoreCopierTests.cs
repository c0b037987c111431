using AttBot.Data.Schema;
using AttBot.Data.Seed;
using AttBot.Data.Store;
using Dapper;

namespace AttBot.Data.Tests;

/// <summary>The copy from a real SQLite file into a real PostgreSQL database: what it refuses, and that a refusal changes nothing.</summary>
public sealed class StoreCopierTests : IDisposable
{
    private readonly TempDatabase _source = new();
    private readonly PostgreSqlDatabase _target = new();

    public void Dispose()
    {
        _source.Dispose();
        _target.Dispose();
    }

    private void Seeded()
    {
        _source.Migrated();
        new CountryStore(_source.Connections).SeedIfEmpty(StatusTable.ReadSeed(), StatusTable.SeedCurrentTo);
    }

    [Fact]
    public void A_seeded_store_is_copied_with_its_counts_and_the_target_at_the_source_version()
    {
        Seeded();
        var copied = new StoreCopier(_source.Connections, _target.Connections).Copy();

        using var target = _target.Connections.Open();
        Assert.Equal(SchemaMigrator.LatestVersion, target.ExecuteScalar<int>("SELECT MAX(version) FROM schema_version"));
        Assert.True(copied.Single(t => t.Table == "countries").Rows > 190);
        Assert.Equal(copied.Single(t => t.Table == "countries").Rows, target.ExecuteScalar<long>("SELECT COUNT(*) FROM countries"));
        // Parents first: a country comes before the tables whose rows point at it.
        var order = copied.Select(t => t.Table).ToList();
        Assert.True(order.IndexOf("countries") < order.IndexOf("outreach_targets"));
        Assert.True(order.IndexOf("outreach") < order.IndexOf("conflicts"));
    }

    [Fact]
    public void A_source_newer_than_the_code_is_refused_before_the_target_is_touched()
    {
        Seeded();
        using (var source = _source.Connections.Open())
            source.Execute("INSERT INTO schema_version (version, name, applied_at) VALUES (9999, 'from_the_future', '2030-01-01')");

        Assert.Throws<SchemaTooNewException>(() => new StoreCopier(_source.Connections, _target.Connections).Copy());
        using var target = _target.Connections.Open();
        Assert.Null(target.ExecuteScalar<string?>("SELECT to_regclass('schema_version')::text"));
    }

    [Fact]
    public void A_target_with_any_row_is_refused_and_keeps_its_rows()
    {
        Seeded();
        new SchemaMigrator(_target.Connections).Migrate();
        using (var target = _target.Connections.Open())
            target.Execute("INSERT INTO alert_subscriptions (channel_id, conversation_id, subscribed_by, created_at) VALUES ('msteams', 'c-1', 'x', '2026-01-01')");

        var refused = Assert.Throws<StoreCopyException>(() => new StoreCopier(_source.Connections, _target.Connections).Copy());
        Assert.Contains("alert_subscriptions", refused.Message);
        using var check = _target.Connections.Open();
        Assert.Equal(0, check.ExecuteScalar<long>("SELECT COUNT(*) FROM countries"));
        Assert.Equal(1, check.ExecuteScalar<long>("SELECT COUNT(*) FROM alert_subscriptions"));
    }
}
