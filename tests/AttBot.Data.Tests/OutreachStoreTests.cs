using AttBot.Data.Schema;
using AttBot.Data.Seed;
using AttBot.Data.Store;
using AttBot.Domain.Audit;
using AttBot.Domain.Outreach;
using Dapper;

namespace AttBot.Data.Tests;

public abstract class OutreachStoreTests : IDisposable
{
    private readonly TestDatabase _db;
    private readonly StoreConnections _connections;
    private readonly StoreWriter _writer;
    private readonly OutreachStore _store;
    private static readonly DateOnly Start = new(2027, 3, 10);
    private static readonly AuditActor Sam = new("msteams", "29:sam", "Sam Secretariat");

    protected OutreachStoreTests(TestDatabase db)
    {
        _db = db;
        _connections = _db.Migrated();
        new CountryStore(_connections).SeedIfEmpty(StatusTable.ReadSeed(), StatusTable.SeedCurrentTo);
        _writer = _connections.CreateWriter();
        _store = new OutreachStore(_connections, _writer, TimeProvider.System);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _db.Dispose();
    }

    private static OutreachPlan Plan(string user, DateOnly start, params string[] countries) => new()
    {
        Organizer = new Organizer("msteams", user, user.ToUpperInvariant()),
        Organization = $"{user} org",
        Countries = countries,
        Kind = OutreachKind.Bilateral,
        Window = new DateWindow(start, start.AddDays(2)),
        Topics = [OutreachTopic.Accession, OutreachTopic.Reporting],
    };

    private RegistrationResult Register(OutreachPlan plan, string? key = null, bool ask = false) =>
        _store.RegisterAsync(new NewRegistration(plan, key ?? Guid.NewGuid().ToString(), $"a:{plan.Organizer.UserId}") { AskIfRegisteredBefore = ask },
            conflictWindowDays: 30).GetAwaiter().GetResult();

    [Fact]
    public async Task Registrations_for_one_state_made_at_the_same_moment_by_two_instances_find_each_other()
    {
        // A second instance: connections and a writer of its own, on the same database.
        var other = _db.AnotherInstance();
        using var otherWriter = other.CreateWriter();
        var otherStore = new OutreachStore(other, otherWriter, TimeProvider.System);
        string[] states = ["TON", "FJI", "WSM", "VUT", "KIR", "TUV", "NRU", "PLW", "FSM", "MHL", "SLB", "PNG"];

        Task<RegistrationResult> RegisterOn(OutreachStore store, OutreachPlan plan) =>
            Task.Run(() => store.RegisterAsync(new NewRegistration(plan, Guid.NewGuid().ToString(), null), conflictWindowDays: 30));
        var results = await Task.WhenAll(states.SelectMany(state => new[]
        {
            RegisterOn(_store, Plan("ana", Start, state)),
            RegisterOn(otherStore, Plan("ben", Start.AddDays(1), state)),
        }));

        // Whichever committed second saw the first: one conflict per state, reported once.
        Assert.All(states, state => Assert.Equal(1, results.Where(r => r.Plan.Countries.Contains(state)).Sum(r => r.Conflicts.Count)));
        using var connection = _connections.Open();
        Assert.Equal(states.Length, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM conflicts"));
    }

    [Fact]
    public void A_registration_round_trips_with_every_field_and_gets_a_short_id()
    {
        var result = Register(Plan("ana", Start, "TON", "FJI") with { Partners = "UNRCPD", Notes = "with the MFA", Visibility = Visibility.Restricted, Region = "Polynesia" });

        var stored = _store.Find(result.Plan.Id)!;
        Assert.Equal("OR-0001", stored.PublicId);
        Assert.Equal(["FJI", "TON"], stored.Countries);
        Assert.Equal([OutreachTopic.Accession, OutreachTopic.Reporting], stored.Topics);
        Assert.Equal(new DateWindow(Start, Start.AddDays(2)), stored.Window);
        Assert.Equal(("UNRCPD", "with the MFA", Visibility.Restricted, "Polynesia", OutreachState.Planned), (stored.Partners, stored.Notes, stored.Visibility, stored.Region, stored.State));
    }

    [Fact]
    public async Task Overlapping_registrations_for_a_shared_state_conflict_and_queue_one_heads_up_and_one_alert_per_subscription()
    {
        new AlertStore(_connections, TimeProvider.System).Subscribe("msteams", "19:secretariat", Sam);
        Register(Plan("ana", Start, "TON"));

        var second = Register(Plan("ben", Start.AddDays(20), "TON", "WSM"));

        var conflict = Assert.Single(second.Conflicts);
        Assert.Equal(ConflictKind.PossibleDuplication, conflict.Kind);
        Assert.Equal(["TON"], conflict.SharedCountries);
        var outbox = await new OutboxStore(_connections, _writer, TimeProvider.System).ClaimDueAsync("test-instance", 10, TimeSpan.FromMinutes(1));
        Assert.Equal([(NoticeKind.HeadsUp, "a:ana"), (NoticeKind.Alert, "19:secretariat")], outbox.Select(m => (m.Kind, m.ConversationId)));
    }

    [Fact]
    public async Task A_move_out_of_a_duplication_writes_one_change_notice_per_conversation_with_the_move_and_the_change_reads_back()
    {
        new AlertStore(_connections, TimeProvider.System).Subscribe("msteams", "19:secretariat", Sam);
        var ana = Register(Plan("ana", Start, "TON")).Plan;
        var ben = Register(Plan("ben", Start.AddDays(3), "TON")).Plan;
        var outbox = new OutboxStore(_connections, _writer, TimeProvider.System);
        await outbox.ClaimDueAsync("test-instance", 10, TimeSpan.FromMinutes(1)); // the registration's heads-up and alert

        // Ana is also the champion of Tonga: one message all the same.
        var moved = _store.Move(ben.Id, new DateWindow(Start.AddDays(200)), 30, ben.Organizer, _ => [("msteams", "ana")])!;

        Assert.True(Assert.Single(moved.Overlaps).Left);
        Assert.Equal(1, moved.OrganizersTold);
        var notices = await outbox.ClaimDueAsync("test-instance", 10, TimeSpan.FromMinutes(1));
        Assert.Equal([(NoticeKind.Change, "a:ana"), (NoticeKind.ChangeAlert, "19:secretariat")], notices.Select(m => (m.Kind, m.ConversationId)));
        var change = _store.FindChange(long.Parse(notices[0].Subject, System.Globalization.CultureInfo.InvariantCulture), 30)!;
        Assert.Equal((ChangeKind.Moved, Start.AddDays(3), Start.AddDays(200)), (change.Kind, change.Before.Window.Start, change.MovedTo!.Start));
        var overlap = Assert.Single(change.Overlaps);
        Assert.Equal((ana.Id, true, false), (overlap.Other.Id, overlap.Before, overlap.Now));
    }

    [Fact]
    public async Task A_move_or_cancellation_outside_any_duplication_writes_nothing_to_the_outbox()
    {
        new AlertStore(_connections, TimeProvider.System).Subscribe("msteams", "19:secretariat", Sam);
        var ana = Register(Plan("ana", Start, "TON")).Plan;
        _store.Move(ana.Id, new DateWindow(Start.AddDays(5)), 30, ana.Organizer, _ => [("msteams", "cy")]);
        _store.ChangeState(ana.Id, OutreachState.Cancelled, null, ana.Organizer);

        Assert.Empty(await new OutboxStore(_connections, _writer, TimeProvider.System).ClaimDueAsync("test-instance", 10, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void The_same_source_key_registers_once()
    {
        Register(Plan("ana", Start, "TON"));
        var first = Register(Plan("ben", Start, "TON"), key: "msteams|a:ben|activity-1");
        var again = Register(Plan("ben", Start, "TON"), key: "msteams|a:ben|activity-1");

        Assert.False(first.AlreadyProcessed);
        Assert.True(again.AlreadyProcessed);
        Assert.Equal(first.Plan.Id, again.Plan.Id);
        Assert.Single(again.Conflicts);
        Assert.Equal(2, _store.ByOrganizer("msteams", "ben").Count + _store.ByOrganizer("msteams", "ana").Count);
    }

    [Fact]
    public void What_looks_like_the_organizers_own_earlier_registration_is_not_stored_when_they_are_to_be_asked()
    {
        var earlier = Register(Plan("ben", Start, "TON"));
        Register(Plan("ana", Start, "TON"));

        var asked = Register(Plan("ben", Start.AddDays(10), "TON", "FJI"), key: "msteams|a:ben|activity-2", ask: true);

        Assert.Equal(earlier.Plan.Id, asked.RegisteredBefore?.OtherThan(asked.Plan).Id);
        Assert.Equal(["TON"], asked.RegisteredBefore!.SharedCountries);
        Assert.Single(_store.ByOrganizer("msteams", "ben"));
        // Another organizer's plan is no reason to ask: it is stored, with its possible duplication.
        var other = Register(Plan("carla", Start, "TON"), key: "msteams|a:carla|activity-3", ask: true);
        Assert.Null(other.RegisteredBefore);
        Assert.Equal(2, other.Conflicts.Count);
    }

    [Fact]
    public void A_delivery_already_stored_is_answered_as_stored_and_not_asked_about()
    {
        Register(Plan("ben", Start, "TON"));
        var anyway = Register(Plan("ben", Start, "TON"), key: "msteams|a:ben|activity-4");

        var redelivered = Register(Plan("ben", Start, "TON"), key: "msteams|a:ben|activity-4", ask: true);

        Assert.True(redelivered.AlreadyProcessed);
        Assert.Null(redelivered.RegisteredBefore);
        Assert.Equal(anyway.Plan.Id, redelivered.Plan.Id);
        Assert.Equal(2, _store.ByOrganizer("msteams", "ben").Count);
    }

    [Fact]
    public void Cancelled_and_done_registrations_no_longer_conflict()
    {
        var cancelled = Register(Plan("ana", Start, "TON")).Plan;
        _store.ChangeState(cancelled.Id, OutreachState.Cancelled, null, cancelled.Organizer);
        var done = Register(Plan("cy", Start, "TON")).Plan;
        _store.ChangeState(done.Id, OutreachState.Done, "met the minister", done.Organizer);

        Assert.Empty(Register(Plan("ben", Start, "TON")).Conflicts);
        Assert.Equal("met the minister", _store.Find(done.Id)!.Outcome);
    }

    [Fact]
    public void Moving_a_registration_into_another_window_raises_the_new_conflict()
    {
        Register(Plan("ana", Start, "TON"));
        var far = Register(Plan("ben", Start.AddDays(200), "TON")).Plan;
        Assert.Empty(_store.ConflictsOf(far.Id));

        var moved = _store.Move(far.Id, new DateWindow(Start.AddDays(1)), 30, far.Organizer)!;

        Assert.Single(moved.Conflicts);
        Assert.True(Assert.Single(moved.Overlaps).Entered);
        Assert.Equal(Start.AddDays(1), _store.Find(far.Id)!.Window.Start);
    }

    [Fact]
    public void The_planned_summary_counts_live_plans_in_the_period_and_names_the_next_start()
    {
        Register(Plan("ana", Start.AddDays(10), "TON"));
        Register(Plan("ben", Start.AddDays(5), "TON"));
        Register(Plan("cy", Start.AddDays(200), "TON"));

        Assert.Equal((2, Start.AddDays(5)), _store.PlannedSummary("TON", Start, Start.AddDays(90)));
        Assert.Equal((0, (DateOnly?)null), _store.PlannedSummary("FJI", Start, Start.AddDays(90)));
    }

    [Fact]
    public async Task A_claimed_outbox_message_is_not_claimed_twice_and_a_failure_puts_it_back_later()
    {
        new AlertStore(_connections, TimeProvider.System).Subscribe("msteams", "19:secretariat", Sam);
        Register(Plan("ana", Start, "TON"));
        Register(Plan("ben", Start, "TON"));
        var outbox = new OutboxStore(_connections, _writer, TimeProvider.System);

        var claimed = await outbox.ClaimDueAsync("test-instance", 10, TimeSpan.FromMinutes(1));
        Assert.Equal(2, claimed.Count);
        Assert.Empty(await outbox.ClaimDueAsync("test-instance", 10, TimeSpan.FromMinutes(1)));

        await outbox.MarkDeliveredAsync(claimed[0].Id);
        outbox.MarkFailed(claimed[1].Id, "503", TimeSpan.Zero);
        var retried = Assert.Single(await outbox.ClaimDueAsync("test-instance", 10, TimeSpan.FromMinutes(1)));
        Assert.Equal(claimed[1].Id, retried.Id);
        Assert.Equal(1, retried.Attempts);
        outbox.MarkFailed(retried.Id, "403 blocked", retryAfter: null);
        Assert.Equal((0, 1, 1), outbox.Counts());
    }

    [Fact]
    public void Every_change_is_in_the_audit_trail_with_who_and_before_and_after()
    {
        var plan = Register(Plan("ana", Start, "TON")).Plan;
        _store.Move(plan.Id, new DateWindow(Start.AddDays(3)), 30, plan.Organizer);
        _store.ChangeState(plan.Id, OutreachState.Done, "met the legal adviser", new Organizer("msteams", "29:sam", "Sam Secretariat"));

        var audit = new AuditStore(_connections);
        var history = audit.ForSubject(AuditStore.Outreach, plan.PublicId);
        Assert.Equal(["outreach.registered", "outreach.moved", "outreach.done"], history.Select(e => e.Action));
        Assert.Equal("ANA", history[0].Actor.Name);
        Assert.Contains("TON", history[0].After);
        Assert.Contains("2027-03-10", history[1].Before);
        Assert.Contains("2027-03-13", history[1].After);
        Assert.Equal("Sam Secretariat", history[2].Actor.Name);
        Assert.Contains("met the legal adviser", history[2].After);
        Assert.Equal(3, audit.ForCountry("TON").Count);
        Assert.Empty(audit.ForCountry("FJI"));
    }

    [Fact]
    public void The_audit_trail_cannot_be_rewritten()
    {
        Register(Plan("ana", Start, "TON"));
        using var connection = _connections.Open();

        var update = Assert.ThrowsAny<System.Data.Common.DbException>(() => connection.Execute("UPDATE audit_log SET actor_name = 'someone else'"));
        var delete = Assert.ThrowsAny<System.Data.Common.DbException>(() => connection.Execute("DELETE FROM audit_log"));
        Assert.Contains("append-only", update.Message);
        Assert.Contains("append-only", delete.Message);
        Assert.Equal(1, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM audit_log"));
    }
}

public sealed class OutreachStoreTestsOnSqlite : OutreachStoreTests
{
    private readonly TempDatabase _sqlite;

    public OutreachStoreTestsOnSqlite() : this(new TempDatabase()) { }

    private OutreachStoreTestsOnSqlite(TempDatabase sqlite) : base(sqlite) => _sqlite = sqlite;

    [Fact]
    public void The_conflict_search_uses_the_index_not_a_table_scan()
    {
        using var connection = _sqlite.Connections.Open();
        var details = connection.Query("EXPLAIN QUERY PLAN SELECT DISTINCT outreach_id FROM outreach_targets WHERE iso3 IN ('TON', 'FJI') AND live = 1 AND starts_on BETWEEN '2026-01-01' AND '2027-01-01' AND ends_on >= '2026-02-01' AND outreach_id <> 5")
            .Select(row => (string)((IDictionary<string, object>)row)["detail"]).ToList();
        Assert.Contains(details, d => d.Contains("USING INDEX outreach_targets_live"));
        Assert.DoesNotContain(details, d => d.StartsWith("SCAN outreach_targets", StringComparison.Ordinal) && !d.Contains("INDEX"));
    }
}

public sealed class OutreachStoreTestsOnPostgreSql() : OutreachStoreTests(new PostgreSqlDatabase());
