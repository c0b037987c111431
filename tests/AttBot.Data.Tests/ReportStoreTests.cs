using AttBot.Data.Schema;
using AttBot.Data.Seed;
using AttBot.Data.Store;
using AttBot.Domain.Audit;
using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;

namespace AttBot.Data.Tests;

public abstract class ReportStoreTests : IDisposable
{
    private static readonly DateOnly Monday = new(2027, 1, 11);
    private readonly TestDatabase _db;
    private readonly StoreConnections _connections;
    private readonly StoreWriter _writer;
    private readonly SettableTime _time = new(new DateTimeOffset(2027, 1, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly OutreachStore _outreach;
    private readonly ReportStore _reports;

    protected ReportStoreTests(TestDatabase db)
    {
        _db = db;
        _connections = _db.Migrated();
        new CountryStore(_connections).SeedIfEmpty(StatusTable.ReadSeed(), StatusTable.SeedCurrentTo);
        _writer = _connections.CreateWriter();
        _outreach = new OutreachStore(_connections, _writer, _time);
        _reports = new ReportStore(_connections, _time);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _db.Dispose();
    }

    private async Task<OutreachPlan> Register(string user, string iso3, DateOnly start, DateOnly end, DateTimeOffset at)
    {
        _time.Now = at;
        var plan = new OutreachPlan
        {
            Organizer = new Organizer("msteams", user, user), Organization = user, Countries = [iso3], Kind = OutreachKind.Call,
            Window = new DateWindow(start, end),
        };
        return (await _outreach.RegisterAsync(new NewRegistration(plan, Guid.NewGuid().ToString(), null), 30)).Plan;
    }

    private static DateTimeOffset On(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    [Fact]
    public async Task The_digest_holds_the_weeks_registrations_open_conflicts_upcoming_outreach_and_missing_findings()
    {
        var before = await Register("ana", "TON", Monday.AddDays(3), Monday.AddDays(4), On(Monday.AddDays(-10)));   // registered the week before
        var inWeek = await Register("ben", "TON", Monday.AddDays(5), Monday.AddDays(5), On(Monday.AddDays(-3)));     // conflicts with ana's
        var overdue = await Register("cat", "FJI", Monday.AddDays(-20), Monday.AddDays(-5), On(Monday.AddDays(-2)));
        var later = await Register("dan", "WSM", Monday.AddDays(40), Monday.AddDays(41), On(Monday.AddDays(-1)));
        var done = await Register("eve", "KIR", Monday.AddDays(-30), Monday.AddDays(-29), On(Monday.AddDays(-1)));
        new OutreachStore(_connections, _writer, _time).ChangeState(done.Id, OutreachState.Done, "met them", done.Organizer);

        var digest = _reports.Digest(Digest.WeekBefore(On(Monday)), Monday, overdueAfterDays: 3);

        Assert.Equal([inWeek.Id, overdue.Id, later.Id, done.Id], digest.NewRegistrations.Select(p => p.Id));
        Assert.Equal(4, digest.NewRegistrationCount);
        var conflict = Assert.Single(digest.OpenConflicts);
        Assert.Equal((before.Id, inWeek.Id), (conflict.Conflict.Earlier.Id, conflict.Conflict.Later.Id));
        Assert.Equal([before.Id, inWeek.Id], digest.Upcoming.Select(p => p.Id));
        Assert.Equal([overdue.Id], digest.OverdueOutcomes.Select(p => p.Id));
    }

    [Fact]
    public async Task A_settled_or_no_longer_live_conflict_is_not_open()
    {
        var first = await Register("ana", "TON", Monday.AddDays(3), Monday.AddDays(4), On(Monday.AddDays(-3)));
        await Register("ben", "TON", Monday.AddDays(5), Monday.AddDays(5), On(Monday.AddDays(-3)));
        Assert.Equal(1, _reports.Digest(Digest.WeekBefore(On(Monday)), Monday, 3).OpenConflictCount);

        _outreach.ChangeState(first.Id, OutreachState.Cancelled, null, first.Organizer);

        Assert.Equal(0, _reports.Digest(Digest.WeekBefore(On(Monday)), Monday, 3).OpenConflictCount);
    }

    [Fact]
    public async Task Plans_filter_by_period_kind_state_topic_and_states()
    {
        var tonga = await Register("ana", "TON", Monday, Monday, On(Monday.AddDays(-3)));
        await Register("ben", "FJI", Monday.AddDays(60), Monday.AddDays(61), On(Monday.AddDays(-3)));

        Assert.Equal([tonga.Id], _reports.Plans(Monday, Monday.AddDays(30), 100).Select(p => p.Id));
        Assert.Equal([tonga.Id], _reports.Plans(null, null, 100, states: ["TON", "WSM"]).Select(p => p.Id));
        Assert.Empty(_reports.Plans(null, null, 100, kind: OutreachKind.Workshop));
        Assert.Empty(_reports.Plans(null, null, 100, topic: OutreachTopic.Reporting));
        Assert.Equal(2, _reports.Plans(null, null, 100, state: OutreachState.Planned).Count);
        Assert.Single(_reports.Plans(null, null, 1));
    }

    [Fact]
    public void An_export_is_found_by_its_hash_until_it_expires()
    {
        var file = new ExportFile("a.csv", "text/csv", [1, 2, 3]);
        _reports.SaveExport("hash-1", file, new AuditActor("msteams", "29:sam", "Sam"), _time.Now.AddMinutes(15), new { rows = 3 });

        Assert.Equal([1, 2, 3], _reports.FindExport("hash-1")!.Content);
        Assert.Null(_reports.FindExport("hash-2"));
        _time.Now = _time.Now.AddMinutes(16);
        Assert.Null(_reports.FindExport("hash-1"));
    }
}

public sealed class ReportStoreTestsOnSqlite() : ReportStoreTests(new TempDatabase());

public sealed class ReportStoreTestsOnPostgreSql() : ReportStoreTests(new PostgreSqlDatabase());
