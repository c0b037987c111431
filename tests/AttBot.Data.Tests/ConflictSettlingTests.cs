using AttBot.Data.Schema;
using AttBot.Data.Seed;
using AttBot.Data.Store;
using AttBot.Domain.Audit;
using AttBot.Domain.Outreach;

namespace AttBot.Data.Tests;

public abstract class ConflictSettlingTests : IDisposable
{
    private readonly TestDatabase _db;
    private readonly StoreWriter _writer;
    private readonly OutreachStore _plans;
    private readonly AlertStore _alerts;
    private readonly AuditStore _audit;
    private static readonly DateOnly Start = new(2027, 3, 10);
    private static readonly AuditActor Sam = new("msteams", "29:sam", "Sam Secretariat");
    private static readonly AuditActor Rosa = new("msteams", "29:rosa", "Rosa Secretariat");

    protected ConflictSettlingTests(TestDatabase db)
    {
        _db = db;
        var connections = _db.Migrated();
        new CountryStore(connections).SeedIfEmpty(StatusTable.ReadSeed(), StatusTable.SeedCurrentTo);
        _writer = connections.CreateWriter();
        _plans = new OutreachStore(connections, _writer, TimeProvider.System);
        _alerts = new AlertStore(connections, TimeProvider.System);
        _audit = new AuditStore(connections);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _db.Dispose();
    }

    private long ConflictBetweenTwoVisits()
    {
        foreach (var user in new[] { "ana", "ben" })
            _plans.RegisterAsync(new NewRegistration(new OutreachPlan
            {
                Organizer = new Organizer("msteams", user, user),
                Organization = $"{user} org",
                Countries = ["TON"],
                Kind = OutreachKind.Bilateral,
                Window = new DateWindow(Start, Start.AddDays(2)),
                Topics = [OutreachTopic.Accession],
            }, Guid.NewGuid().ToString(), $"a:{user}"), conflictWindowDays: 30).GetAwaiter().GetResult();
        return Assert.Single(_alerts.OpenConflicts(10).Conflicts).Id;
    }

    private IReadOnlyList<AuditEntry> Settlements(long conflictId) => _audit.ForSubject(AuditStore.Conflict, conflictId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void The_same_word_twice_is_one_settlement_in_the_history()
    {
        var id = ConflictBetweenTwoVisits();

        _alerts.Resolve(id, ConflictResolution.Coordinated, Sam);
        var again = _alerts.Resolve(id, ConflictResolution.Coordinated, Rosa);

        Assert.Equal((ConflictResolution.Coordinated, "Sam Secretariat"), (again!.Resolution, again.ResolvedBy));
        Assert.Single(Settlements(id));
    }

    [Fact]
    public void A_changed_word_is_recorded_and_wins()
    {
        var id = ConflictBetweenTwoVisits();

        _alerts.Resolve(id, ConflictResolution.Coordinated, Sam);
        var changed = _alerts.Resolve(id, ConflictResolution.NotAConflict, Rosa);

        Assert.Equal((ConflictResolution.NotAConflict, "Rosa Secretariat"), (changed!.Resolution, changed.ResolvedBy));
        Assert.Equal(2, Settlements(id).Count);
    }

    [Fact]
    public void A_conflict_that_does_not_exist_is_not_settled()
    {
        Assert.Null(_alerts.Resolve(999, ConflictResolution.Coordinated, Sam));
    }
}

public sealed class ConflictSettlingTestsOnSqlite() : ConflictSettlingTests(new TempDatabase());

public sealed class ConflictSettlingTestsOnPostgreSql() : ConflictSettlingTests(new PostgreSqlDatabase());
