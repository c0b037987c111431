using AttBot.Data.Schema;
using AttBot.Data.Seed;
using AttBot.Data.Store;
using AttBot.Domain.Audit;
using AttBot.Domain.Outreach;

namespace AttBot.Data.Tests;

/// <summary>
/// What the store does so that a possible duplication can be acted on: one heads-up per person for a registration, the
/// organizer's sign-in name read back with their plans, a change told to the plan's own organizer when the Secretariat
/// made it, and a possible duplication that a move ends or raises again.
/// </summary>
public abstract class DuplicationStoreTests : IDisposable
{
    private readonly TestDatabase _db;
    private readonly StoreConnections _connections;
    private readonly StoreWriter _writer;
    private readonly OutreachStore _store;
    private readonly OutboxStore _outbox;
    private readonly AlertStore _alerts;
    private static readonly DateOnly Start = new(2027, 3, 10);
    private static readonly Organizer Sam = new("msteams", "29:sam", "Sam Secretariat");

    protected DuplicationStoreTests(TestDatabase db)
    {
        _db = db;
        _connections = _db.Migrated();
        new CountryStore(_connections).SeedIfEmpty(StatusTable.ReadSeed(), StatusTable.SeedCurrentTo);
        _writer = _connections.CreateWriter();
        _store = new OutreachStore(_connections, _writer, TimeProvider.System);
        _outbox = new OutboxStore(_connections, _writer, TimeProvider.System);
        _alerts = new AlertStore(_connections, TimeProvider.System);
        _alerts.Subscribe("msteams", "19:secretariat", new AuditActor(Sam.ChannelId, Sam.UserId, Sam.DisplayName));
    }

    public void Dispose()
    {
        _writer.Dispose();
        _db.Dispose();
    }

    private static OutreachPlan Plan(string user, DateOnly start) => new()
    {
        Organizer = new Organizer("msteams", user, user.ToUpperInvariant()),
        Organization = $"{user} org",
        Countries = ["TON"],
        Kind = OutreachKind.Visit,
        Window = new DateWindow(start, start.AddDays(2)),
        Topics = [OutreachTopic.Accession],
    };

    private OutreachPlan Register(OutreachPlan plan, params (string ChannelId, string UserId)[] champions) =>
        _store.RegisterAsync(new NewRegistration(plan, Guid.NewGuid().ToString(), $"a:{plan.Organizer.UserId}") { Champions = champions }, 30)
            .GetAwaiter().GetResult().Plan;

    private async Task<List<(NoticeKind Kind, string Conversation)>> Queued() =>
        (await _outbox.ClaimDueAsync("test-instance", 50, TimeSpan.FromMinutes(1))).Select(m => (m.Kind, m.ConversationId)).ToList();

    [Fact]
    public async Task A_person_gets_one_heads_up_for_a_registration_that_overlaps_two_of_their_plans_and_no_champions_note_beside_it()
    {
        await new ProfileStore(_connections, _writer, TimeProvider.System).SeenAsync("msteams", "ana", "ANA", "a:ana");
        await new ProfileStore(_connections, _writer, TimeProvider.System).SeenAsync("msteams", "cara", "CARA", "a:cara");
        Register(Plan("ana", Start));
        Register(Plan("ana", Start.AddDays(10)));
        await Queued();

        Register(Plan("ben", Start.AddDays(5)), ("msteams", "ana"), ("msteams", "cara"));

        var queued = await Queued();
        Assert.Equal([(NoticeKind.HeadsUp, "a:ana")], queued.Where(m => m.Conversation == "a:ana"));
        Assert.Equal([(NoticeKind.ChampionNote, "a:cara")], queued.Where(m => m.Conversation == "a:cara"));
        Assert.Equal(2, queued.Count(m => m.Kind == NoticeKind.Alert));
    }

    [Fact]
    public async Task The_organizers_sign_in_name_comes_back_with_their_plans()
    {
        var ana = Register(Plan("ana", Start));
        await new ProfileStore(_connections, _writer, TimeProvider.System).SignInNameAsync("msteams", "ana", "ANA", "ana@example.org");

        Assert.Equal("ana@example.org", _store.Find(ana.Id)!.Organizer.Upn);
    }

    [Fact]
    public async Task A_move_by_the_secretariat_outside_any_duplication_is_told_to_the_plans_organizer_only()
    {
        var ana = Register(Plan("ana", Start));
        await Queued();

        _store.Move(ana.Id, new DateWindow(Start.AddDays(40)), 30, Sam);
        _store.ChangeState(ana.Id, OutreachState.Done, "met the adviser", Sam);

        Assert.Equal([(NoticeKind.Change, "a:ana")], await Queued());
    }

    [Fact]
    public async Task A_move_apart_ends_the_possible_duplication_and_a_move_back_raises_it_again_with_a_new_alert()
    {
        Register(Plan("ana", Start));
        var ben = Register(Plan("ben", Start.AddDays(3)));
        _alerts.Resolve(_alerts.OpenConflicts(10).Conflicts.Single().Id, ConflictResolution.NotAConflict, new AuditActor(Sam.ChannelId, Sam.UserId, Sam.DisplayName));
        await Queued();

        _store.Move(ben.Id, new DateWindow(Start.AddDays(90)), 30, ben.Organizer);
        Assert.Equal(0, _alerts.OpenConflicts(10).Total);
        Assert.NotNull(_alerts.FindConflict(1)!.EndedAt);

        _store.Move(ben.Id, new DateWindow(Start.AddDays(4)), 30, ben.Organizer);
        var reopened = Assert.Single(_alerts.OpenConflicts(10).Conflicts);
        Assert.Null(reopened.Resolution);
        Assert.Null(reopened.EndedAt);
        Assert.Contains((NoticeKind.Alert, "19:secretariat"), await Queued());
    }
}

public sealed class DuplicationStoreTestsOnSqlite() : DuplicationStoreTests(new TempDatabase());

public sealed class DuplicationStoreTestsOnPostgreSql() : DuplicationStoreTests(new PostgreSqlDatabase());
