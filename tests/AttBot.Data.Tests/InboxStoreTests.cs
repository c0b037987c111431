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
        Assert.True(await _inbox.RecordAsync(InboxStore.BotFramework, "msteams|a:1|act-1", "a:1", "{\"text\":\"register\"}"));
        Assert.False(await _inbox.RecordAsync(InboxStore.BotFramework, "msteams|a:1|act-1", "a:1", "{\"text\":\"register\"}"));
        Assert.True(await _inbox.RecordAsync(InboxStore.Slack, "slack|T1|trigger-1", "T1|U1", "{}"));

        var open = Assert.Single(_inbox.Unfinished(InboxStore.BotFramework));
        Assert.Equal(("msteams|a:1|act-1", "a:1", "{\"text\":\"register\"}"), (open.SourceKey, open.OrderingKey, open.Payload));

        await _inbox.FinishAsync("msteams|a:1|act-1");
        Assert.Empty(_inbox.Unfinished(InboxStore.BotFramework));
        Assert.Single(_inbox.Unfinished(InboxStore.Slack));
    }

    [Fact]
    public async Task A_forgotten_request_is_not_processed_again_and_old_finished_ones_are_pruned()
    {
        await _inbox.RecordAsync(InboxStore.BotFramework, "k1", "a:1", "{}");
        await _inbox.RecordAsync(InboxStore.BotFramework, "k2", "a:1", "{}");
        await _inbox.ForgetAsync("k1");
        await _inbox.FinishAsync("k2");

        Assert.Empty(_inbox.Unfinished(InboxStore.BotFramework));
        Assert.Equal(0, _inbox.PruneFinished());
        _clock.Now += InboxStore.KeepFinished + TimeSpan.FromMinutes(1);
        Assert.Equal(1, _inbox.PruneFinished());
    }
}

public sealed class InboxStoreTestsOnSqlite() : InboxStoreTests(new TempDatabase());

public sealed class InboxStoreTestsOnPostgreSql() : InboxStoreTests(new PostgreSqlDatabase());
