using AttBot.Data.Seed;
using AttBot.Data.Store;
using AttBot.Domain.Audit;
using AttBot.Domain.Countries;
using AttBot.Domain.Treaty;

namespace AttBot.Data.Tests;

public abstract class StatusStoreTests : IDisposable
{
    private static readonly AuditActor Sam = new("msteams", "29:sam", "Sam Secretariat");
    private readonly TestDatabase _db;
    private readonly CountryStore _countries;
    private readonly StatusStore _statuses;
    private readonly AuditStore _audit;

    protected StatusStoreTests(TestDatabase db)
    {
        _db = db;
        var connections = _db.Migrated();
        _countries = new CountryStore(connections);
        _countries.SeedIfEmpty(StatusTable.ReadSeed(), StatusTable.SeedCurrentTo);
        _statuses = new StatusStore(connections, TimeProvider.System);
        _audit = new AuditStore(connections);
    }

    public void Dispose() => _db.Dispose();

    private Country Stored(string iso3) => _countries.GetAll().Single(c => c.Iso3 == iso3);

    private static readonly StatusRecord TongaAccedes = new(TreatyStatus.Party, null, new DateOnly(2026, 3, 2), ConsentKind.Accession);

    [Fact]
    public async Task Of_several_people_changing_one_state_at_the_same_moment_from_what_they_saw_one_succeeds()
    {
        var others = Enumerable.Range(0, 4).Select(_ => new StatusStore(_db.AnotherInstance(), TimeProvider.System)).ToList();

        var changed = await Task.WhenAll(others.SelectMany(store => Enumerable.Range(0, 3).Select(i => Task.Run(() =>
            store.Change("TON", StatusRecord.Neither, TongaAccedes with { ConsentDate = new DateOnly(2026, 3, 2 + i) }, Sam)))));

        Assert.Single(changed, c => c);
        Assert.Single(_audit.ForCountry("TON"));
    }

    [Fact]
    public void A_change_is_stored_with_its_entry_into_force_and_audited_with_before_and_after()
    {
        Assert.True(_statuses.Change("TON", StatusRecord.Neither, TongaAccedes, Sam));

        var tonga = Stored("TON");
        Assert.Equal((TreatyStatus.Party, new DateOnly(2026, 5, 31), ConsentKind.Accession), (tonga.Status, tonga.EntryIntoForce, tonga.ConsentKind));
        var entry = Assert.Single(_audit.ForCountry("TON"));
        Assert.Equal(("status.changed", "country", "TON", "Sam Secretariat"), (entry.Action, entry.SubjectKind, entry.SubjectId, entry.Actor.Name));
        Assert.Contains("\"status\":\"none\"", entry.Before);
        Assert.Contains("\"entryIntoForce\":\"2026-05-31\"", entry.After);
    }

    [Fact]
    public void A_change_made_on_an_outdated_view_is_refused_and_stores_nothing()
    {
        var seenAsSignatory = new StatusRecord(TreatyStatus.Signatory, new DateOnly(2013, 6, 3), null, null);
        Assert.False(_statuses.Change("TON", seenAsSignatory, TongaAccedes, Sam));
        Assert.Equal(TreatyStatus.None, Stored("TON").Status);
        Assert.Empty(_audit.ForCountry("TON"));
    }

    private static StatusDiff TongaDiff() =>
        new([new StatusUpdate("TON", "Tonga", StatusRecord.Neither, TongaAccedes)], 142, [new ImportProblem(9, "“Atlantis” is not a state I know.")], []);

    [Fact]
    public void An_import_s_refused_rows_are_kept_as_reasons_each_reader_reads_in_their_language()
    {
        var breach = new ImportReason(RowReason.BreaksRule, "Tonga", "TON", Breach: new RuleBreach(StatusRule.SignatureOutsideOpening, Signed: new DateOnly(2020, 3, 5)));
        var id = _statuses.SaveImport("status.csv", null, TongaDiff() with
        {
            Problems = [ImportProblem.Because(3, new ImportReason(RowReason.UnknownState, "Atlantis")), ImportProblem.Because(4, breach)],
        }, Sam);

        var problems = _statuses.FindImport(id)!.Diff.Problems;
        Assert.Equal("«Atlantis» no es un Estado que yo conozca.", problems[0].Say(Domain.Language.Language.Spanish));
        Assert.Contains("no pudo firmarse el 5 de marzo de 2020", problems[1].Say(Domain.Language.Language.Spanish));
        Assert.StartsWith("Tonga\u00A0: le Traité", problems[1].Say(Domain.Language.Language.French));
        Assert.Equal("“Atlantis” is not a state I know.", problems[0].Say(Domain.Language.Language.English));
        // A preview stored before the codes has only its sentence, shown as it was written.
        Assert.Equal("“Atlantis” is not a state I know.", _statuses.FindImport(_statuses.SaveImport("old.csv", null, TongaDiff(), Sam))!
            .Diff.Problems[0].Say(Domain.Language.Language.Spanish));
    }

    [Fact]
    public void An_import_is_kept_as_previewed_and_applied_once()
    {
        var id = _statuses.SaveImport("status.html", new DateOnly(2026, 11, 20), TongaDiff(), Sam);

        var pending = _statuses.FindImport(id)!;
        Assert.Equal(("pending", "status.html", "Sam Secretariat", new DateOnly(2026, 11, 20)), (pending.State, pending.Source, pending.CreatedBy.Name, pending.AsAt));
        Assert.Equal(TongaDiff().Updates, pending.Diff.Updates);
        Assert.Equal(TongaDiff().Problems, pending.Diff.Problems);

        Assert.Equal(ImportDecision.Done, _statuses.ApplyImport(id, Sam, new DateOnly(2026, 11, 24)));
        Assert.Equal(TreatyStatus.Party, Stored("TON").Status);
        Assert.Equal(new DateOnly(2026, 11, 20), _countries.GetCurrentTo()); // the page's own date, not the day it was applied
        Assert.Equal("status.imported", Assert.Single(_audit.ForCountry("TON")).Action);

        Assert.Equal(ImportDecision.AlreadyApplied, _statuses.ApplyImport(id, Sam, new DateOnly(2026, 11, 24)));
        Assert.Equal(ImportDecision.AlreadyApplied, _statuses.DiscardImport(id, Sam));
        Assert.Single(_audit.ForCountry("TON"));
    }

    [Fact]
    public void A_file_without_a_date_makes_the_data_current_to_the_day_it_is_applied()
    {
        var id = _statuses.SaveImport("status.csv", null, TongaDiff(), Sam);
        _statuses.ApplyImport(id, Sam, new DateOnly(2026, 11, 24));
        Assert.Equal(new DateOnly(2026, 11, 24), _countries.GetCurrentTo());
    }

    [Fact]
    public void A_discarded_import_changes_nothing_and_cannot_be_applied_afterwards()
    {
        var id = _statuses.SaveImport("status.csv", null, TongaDiff(), Sam);
        Assert.Equal(ImportDecision.Done, _statuses.DiscardImport(id, Sam));
        Assert.Equal(ImportDecision.AlreadyDiscarded, _statuses.ApplyImport(id, Sam, new DateOnly(2026, 11, 24)));
        Assert.Equal(TreatyStatus.None, Stored("TON").Status);
        Assert.Equal(ImportDecision.NotFound, _statuses.ApplyImport(999, Sam, new DateOnly(2026, 11, 24)));
    }

    [Fact]
    public void An_import_whose_records_changed_since_the_preview_applies_nothing_at_all()
    {
        var malaysia = Stored("MYS");
        var diff = new StatusDiff([
            new StatusUpdate("MYS", "Malaysia", StatusRecord.Of(malaysia), StatusRecord.Of(malaysia) with { Status = TreatyStatus.Party, ConsentDate = new DateOnly(2026, 1, 15), ConsentKind = ConsentKind.Ratification }),
            new StatusUpdate("TON", "Tonga", StatusRecord.Neither, TongaAccedes),
        ], 141, [], []);
        var id = _statuses.SaveImport("status.csv", null, diff, Sam);
        _statuses.Change("TON", StatusRecord.Neither, TongaAccedes with { ConsentDate = new DateOnly(2026, 2, 1) }, Sam);

        Assert.Equal(ImportDecision.Stale, _statuses.ApplyImport(id, Sam, new DateOnly(2026, 11, 24)));
        Assert.Equal(TreatyStatus.Signatory, Stored("MYS").Status);
        Assert.Equal("pending", _statuses.FindImport(id)!.State);
    }
}

public sealed class StatusStoreTestsOnSqlite() : StatusStoreTests(new TempDatabase());

public sealed class StatusStoreTestsOnPostgreSql() : StatusStoreTests(new PostgreSqlDatabase());
