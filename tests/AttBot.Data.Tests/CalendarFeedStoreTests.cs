using AttBot.Data.Schema;
using AttBot.Data.Seed;
using AttBot.Data.Store;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using Dapper;

namespace AttBot.Data.Tests;

/// <summary>Calendar subscriptions in a real database (SQLite and PostgreSQL): kept by hash only, found while live, revoked per person, audited.</summary>
public abstract class CalendarFeedStoreTests : IDisposable
{
    private static readonly DateOnly Today = new(2027, 1, 11);
    private static readonly CalendarFeedOwner Ana = new("msteams", "29:ana", "aad-ana", null, "Ana Ruiz");
    private static readonly CalendarFeedOwner AnaOnSlack = new("slack", "29:ana", null, "T01", "Ana on Slack");
    private static readonly CalendarFeedOwner Ben = new("slack", "U0BEN", null, "T01", "Ben Okafor");
    private readonly TestDatabase _db;
    private readonly StoreConnections _connections;
    private readonly StoreWriter _writer;
    private readonly SettableTime _time = new(new DateTimeOffset(2027, 1, 11, 9, 0, 0, TimeSpan.Zero));
    private readonly CalendarFeedStore _feeds;

    protected CalendarFeedStoreTests(TestDatabase db)
    {
        _db = db;
        _connections = _db.Migrated();
        new CountryStore(_connections).SeedIfEmpty(StatusTable.ReadSeed(), StatusTable.SeedCurrentTo);
        _writer = _connections.CreateWriter();
        _feeds = new CalendarFeedStore(_connections, _time);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _db.Dispose();
    }

    private async Task<OutreachPlan> Register(CalendarFeedOwner who, string[] states, int startInDays, OutreachKind kind = OutreachKind.Call)
    {
        var plan = new OutreachPlan
        {
            Organizer = new Organizer(who.ChannelId, who.UserId, who.DisplayName), Organization = who.DisplayName, Countries = states, Kind = kind,
            Window = new DateWindow(Today.AddDays(startInDays), Today.AddDays(startInDays + 1)),
        };
        return (await new OutreachStore(_connections, _writer, _time).RegisterAsync(new NewRegistration(plan, Guid.NewGuid().ToString(), null), 30)).Plan;
    }

    [Fact]
    public void A_feed_is_found_by_its_hash_with_its_owner_filter_and_language_and_the_secret_itself_is_nowhere()
    {
        var id = _feeds.Create("hash-of-secret", Ana, "Oceania", Language.French);

        var feed = new CalendarFeedStore(_connections, _time).FindLive("hash-of-secret");

        Assert.Equal(new CalendarFeedRecord(id, Ana, "Oceania", Language.French, _time.Now), feed);
        Assert.Null(_feeds.FindLive("another-hash"));
        using var connection = _connections.Open();
        Assert.Equal(["hash-of-secret"], connection.Query<string>("SELECT token_hash FROM calendar_feeds"));
        Assert.Equal(1, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'calendar.created' AND subject_kind = 'calendar'"));
        Assert.Equal(0, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM audit_log WHERE after_json LIKE '%hash-of-secret%'"));
    }

    [Fact]
    public void A_hash_is_unique()
    {
        _feeds.Create("same-hash", Ana, null, Language.English);

        Assert.ThrowsAny<System.Data.Common.DbException>(() => _feeds.Create("same-hash", Ben, null, Language.English));
    }

    [Fact]
    public void Revoking_ends_every_feed_of_the_person_and_no_one_else_s_once()
    {
        _feeds.Create("ana-1", Ana, null, Language.English);
        _feeds.Create("ana-2", Ana, "Asia", Language.English);
        _feeds.Create("ana-slack", AnaOnSlack, null, Language.English); // the same user id on another channel is someone else
        _feeds.Create("ben-1", Ben, null, Language.Spanish);

        Assert.Equal(2, _feeds.RevokeAll(Ana));

        Assert.Null(_feeds.FindLive("ana-1"));
        Assert.Null(_feeds.FindLive("ana-2"));
        Assert.NotNull(_feeds.FindLive("ana-slack"));
        Assert.NotNull(_feeds.FindLive("ben-1"));
        Assert.Equal(0, _feeds.RevokeAll(Ana)); // nothing left to revoke
        _feeds.Create("ana-3", Ana, null, Language.English); // a new feed after revoking works
        Assert.NotNull(_feeds.FindLive("ana-3"));
        using var connection = _connections.Open();
        Assert.Equal(2, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM audit_log WHERE action = 'calendar.revoked'"));
    }

    [Fact]
    public async Task Plans_are_the_person_s_own_or_those_reaching_their_states_or_all_never_cancelled_and_not_long_past()
    {
        var anaTonga = await Register(Ana, ["TON"], 10);
        var benJamaica = await Register(Ben, ["JAM"], 20, OutreachKind.Workshop);
        var benFijiSamoa = await Register(Ben, ["FJI", "WSM"], 30);
        var benCancelled = await Register(Ben, ["FJI"], 40);
        var anaLongAgo = await Register(Ana, ["TON"], -400);
        new OutreachStore(_connections, _writer, _time).ChangeState(benCancelled.Id, OutreachState.Cancelled, null, benCancelled.Organizer);
        var from = Today.AddDays(-90);

        Assert.Equal([anaTonga.Id], Ids(_feeds.Plans(Ana.ChannelId, Ana.UserId, everything: false, [], from, 100)));
        Assert.Equal([anaTonga.Id, anaLongAgo.Id], Ids(_feeds.Plans(Ana.ChannelId, Ana.UserId, everything: false, [], Today.AddDays(-500), 100)).Order());
        Assert.Equal([anaTonga.Id, benFijiSamoa.Id], Ids(_feeds.Plans("msteams", "29:champion", everything: false, ["FJI", "TON"], from, 100)));
        Assert.Equal([anaTonga.Id, benJamaica.Id, benFijiSamoa.Id], Ids(_feeds.Plans("msteams", "29:sam", everything: true, [], from, 100)));
        // A filter narrows: a kind, the states of a region.
        Assert.Equal([benJamaica.Id], Ids(_feeds.Plans("msteams", "29:sam", everything: true, [], from, 100, OutreachKind.Workshop)));
        Assert.Equal([benFijiSamoa.Id], Ids(_feeds.Plans("msteams", "29:sam", everything: true, [], from, 100, states: ["WSM"])));
        Assert.Equal([anaTonga.Id], Ids(_feeds.Plans("msteams", "29:sam", everything: true, [], from, 1)));
    }

    private static IEnumerable<long> Ids(IEnumerable<OutreachPlan> plans) => plans.Select(p => p.Id);
}

public sealed class CalendarFeedStoreTestsOnSqlite() : CalendarFeedStoreTests(new TempDatabase());

public sealed class CalendarFeedStoreTestsOnPostgreSql() : CalendarFeedStoreTests(new PostgreSqlDatabase());
