using AttBot.Data.Schema;
using AttBot.Data.Store;

namespace AttBot.Data.Tests;

public abstract class InboxStoreTests : IDisposable
{
    private readonly TestDatabase _db;
    private readonly StoreWriter _writer;
    private readonly SettableTime _clock = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly InboxStore _inbox;

    protected InboxStoreTests(TestDatabase db)
    {
        _db = db;
        var connections = _db.Migrated();
        _writer = connections.CreateWriter();
        _inbox = new InboxStore(connections, _writer, _clock);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _db.Dispose();
    }

    [Fact]
    public async Task A_request_is_journaled_once_and_stays_unfinished_until_it_is_finished()
    {
        Assert.True(await _inbox.RecordAsync(InboxStore.BotFramework, "msteams|a:1|act-1", "a:1", "{\"text\":\"register\"}", One));
        Assert.False(await _inbox.RecordAsync(InboxStore.BotFramework, "msteams|a:1|act-1", "a:1", "{\"text\":\"register\"}", One));
        Assert.True(await _inbox.RecordAsync(InboxStore.Slack, "slack|T1|trigger-1", "T1|U1", "{}", One));

        var open = Assert.Single(Restart(InboxStore.BotFramework, One));
        Assert.Equal(("msteams|a:1|act-1", "a:1", "{\"text\":\"register\"}"), (open.SourceKey, open.OrderingKey, open.Payload));

        await _inbox.FinishAsync("msteams|a:1|act-1");
        Assert.Empty(Restart(InboxStore.BotFramework, One));
        Assert.Single(Restart(InboxStore.Slack, One));
    }

    [Fact]
    public async Task A_forgotten_request_is_not_processed_again_and_old_finished_ones_are_pruned()
    {
        await _inbox.RecordAsync(InboxStore.BotFramework, "k1", "a:1", "{}", One);
        await _inbox.RecordAsync(InboxStore.BotFramework, "k2", "a:1", "{}", One);
        await _inbox.ForgetAsync("k1");
        await _inbox.FinishAsync("k2");

        Assert.Empty(Restart(InboxStore.BotFramework, One));
        Assert.Equal(0, _inbox.PruneFinished());
        _clock.Now += InboxStore.KeepFinished + TimeSpan.FromMinutes(1);
        Assert.Equal(1, _inbox.PruneFinished());
    }

    [Fact]
    public async Task A_restarted_instance_takes_back_its_own_requests_and_another_s_only_after_the_lease()
    {
        await _inbox.RecordAsync(InboxStore.BotFramework, "mine", "a:1", "{}", One);
        await _inbox.RecordAsync(InboxStore.BotFramework, "theirs", "a:2", "{}", Two);

        // "one" starts again: its own request is its to run at once; "two" may be alive and running its own.
        Assert.Equal(["mine"], Restart(InboxStore.BotFramework, One).Select(e => e.SourceKey));
        Assert.Empty(_inbox.TakeOver(InboxStore.BotFramework, One, Lease, atStart: false));
        await _inbox.FinishAsync("mine");

        // "two" has held its request unfinished longer than the lease: it died; "one" takes it over, once.
        _clock.Now += Lease + TimeSpan.FromSeconds(1);
        Assert.Equal(["theirs"], _inbox.TakeOver(InboxStore.BotFramework, One, Lease, atStart: false).Select(e => e.SourceKey));
        Assert.Empty(_inbox.TakeOver(InboxStore.BotFramework, One, Lease, atStart: false));
        Assert.Empty(_inbox.TakeOver(InboxStore.BotFramework, Two, Lease, atStart: false));
    }

    [Fact]
    public async Task A_request_waits_for_its_conversation_s_earlier_ones_and_for_no_other()
    {
        await _inbox.RecordAsync(InboxStore.BotFramework, "first", "a:1", "{}", One);
        await _inbox.RecordAsync(InboxStore.BotFramework, "other conversation", "a:2", "{}", Two);
        await _inbox.RecordAsync(InboxStore.BotFramework, "second", "a:1", "{}", Two);

        Assert.False(_inbox.EarlierUnfinished("first"));
        Assert.False(_inbox.EarlierUnfinished("other conversation"));
        Assert.True(_inbox.EarlierUnfinished("second"));
        await _inbox.FinishAsync("first");
        Assert.False(_inbox.EarlierUnfinished("second"));
    }

    private const string One = "instance-one";
    private const string Two = "instance-two";
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);

    private IReadOnlyList<InboxEntry> Restart(string channel, string instance) => _inbox.TakeOver(channel, instance, Lease, atStart: true);
}

public sealed class InboxStoreTestsOnSqlite() : InboxStoreTests(new TempDatabase());

public sealed class InboxStoreTestsOnPostgreSql() : InboxStoreTests(new PostgreSqlDatabase());
