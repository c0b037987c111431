using AttBot.Data.Seed;
using AttBot.Data.Store;
using AttBot.Domain.Treaty;

namespace AttBot.Data.Tests;

public abstract class CountryStoreTests : IDisposable
{
    private readonly TestDatabase _db;

    protected CountryStoreTests(TestDatabase db) => _db = db;

    public void Dispose() => _db.Dispose();

    [Fact]
    public void The_seed_fills_an_empty_store_with_every_state_and_the_treatys_totals()
    {
        var store = new CountryStore(_db.Migrated());

        Assert.Equal(196, store.SeedIfEmpty(StatusTable.ReadSeed(), StatusTable.SeedCurrentTo));

        var countries = store.GetAll();
        Assert.Equal(196, countries.Count);
        Assert.Equal(118, countries.Count(c => c.Status == TreatyStatus.Party));
        Assert.Equal(25, countries.Count(c => c.Status == TreatyStatus.Signatory));
        Assert.Equal(53, countries.Count(c => c.Status == TreatyStatus.None));
        Assert.Equal(new DateOnly(2026, 3, 18), store.GetCurrentTo());
    }

    [Fact]
    public void Seeding_again_changes_nothing()
    {
        var store = new CountryStore(_db.Migrated());
        store.SeedIfEmpty(StatusTable.ReadSeed(), StatusTable.SeedCurrentTo);

        Assert.Equal(0, store.SeedIfEmpty(StatusTable.ReadSeed(), StatusTable.SeedCurrentTo));
        Assert.Equal(196, store.GetAll().Count);
    }

    [Fact]
    public void A_state_round_trips_through_the_store_with_every_field()
    {
        var store = new CountryStore(_db.Migrated());
        var seed = StatusTable.ReadSeed();
        store.SeedIfEmpty(seed, StatusTable.SeedCurrentTo);

        var stored = store.GetAll().ToDictionary(c => c.Iso3);
        foreach (var country in seed)
            Assert.Equal(country, stored[country.Iso3]);

        var usa = stored["USA"];
        Assert.Equal(TreatyStatus.Signatory, usa.Status);
        Assert.Equal(new DateOnly(2013, 9, 25), usa.SignatureDate);
        Assert.Contains("2019", usa.Notes);
    }
}

public sealed class CountryStoreTestsOnSqlite() : CountryStoreTests(new TempDatabase());

public sealed class CountryStoreTestsOnPostgreSql() : CountryStoreTests(new PostgreSqlDatabase());
