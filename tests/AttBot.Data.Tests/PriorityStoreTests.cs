using AttBot.Data.Seed;
using AttBot.Data.Store;
using AttBot.Domain.Audit;
using AttBot.Domain.Priorities;

namespace AttBot.Data.Tests;

public abstract class PriorityStoreTests : IDisposable
{
    private readonly TestDatabase _db;
    private readonly PriorityStore _store;
    private readonly AuditStore _audit;
    private static readonly AuditActor Sam = new("msteams", "29:sam", "Sam Secretariat");

    protected PriorityStoreTests(TestDatabase db)
    {
        _db = db;
        var connections = _db.Migrated();
        new CountryStore(connections).SeedIfEmpty(StatusTable.ReadSeed(), StatusTable.SeedCurrentTo);
        _store = new PriorityStore(connections, TimeProvider.System);
        _audit = new AuditStore(connections);
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_tier_is_set_changed_and_every_change_audited_with_before_and_after()
    {
        Assert.Null(_store.SetTier("AGO", PriorityTier.SignatoryComingYears, Sam));
        Assert.Equal(PriorityTier.SignatoryComingYears, _store.SetTier("AGO", PriorityTier.SignatoryJoiningSoon, Sam));

        Assert.Equal(PriorityTier.SignatoryJoiningSoon, _store.Tiers()["AGO"]);
        var history = _audit.ForCountry("AGO");
        Assert.Equal(2, history.Count);
        Assert.Contains("\"tier\":2", history[1].Before);
        Assert.Contains("\"tier\":1", history[1].After);
    }

    [Fact]
    public void Intentions_are_kept_latest_first_and_the_latest_per_state_is_found()
    {
        _store.AddIntention("AGO", new DateOnly(2024, 9, 1), "CSP10", "Studying accession", Sam);
        var latest = _store.AddIntention("AGO", new DateOnly(2025, 8, 25), "CSP11 general debate", "Accession bill before parliament in 2026", Sam);
        _store.AddIntention("THA", new DateOnly(2025, 1, 10), "Bilateral meeting, Bangkok", "Reviewing national legislation", Sam);

        Assert.Equal(["CSP11 general debate", "CSP10"], _store.Intentions("AGO").Select(i => i.Where));
        var all = _store.LatestIntentions();
        Assert.Equal(latest.Id, all["AGO"].Id);
        Assert.Equal("Reviewing national legislation", all["THA"].Statement);
        Assert.Single(_audit.ForCountry("THA"));
    }
}

public sealed class PriorityStoreTestsOnSqlite() : PriorityStoreTests(new TempDatabase());

public sealed class PriorityStoreTestsOnPostgreSql() : PriorityStoreTests(new PostgreSqlDatabase());
