using AttBot.Data.Schema;
using AttBot.Data.Store;

namespace AttBot.Data.Tests;

public abstract class ConversationStoreTests : IDisposable
{
    private readonly TestDatabase _db;

    protected ConversationStoreTests(TestDatabase db) => _db = db;
    private readonly List<StoreWriter> _writers = [];

    public void Dispose()
    {
        _writers.ForEach(w => w.Dispose());
        _db.Dispose();
    }

    private ConversationStore NewStore()
    {
        var connections = _db.Migrated();
        var writer = connections.CreateWriter();
        _writers.Add(writer);
        return new ConversationStore(connections, writer, TimeProvider.System);
    }

    private static StoredConversation Chat(string serviceUrl = "https://smba.trafficmanager.net/amer/") =>
        new("msteams", "a:chat-1", "personal", "tenant-1", serviceUrl, "{\"conversation\":{\"id\":\"a:chat-1\"}}");

    [Fact]
    public async Task A_conversation_is_welcomed_exactly_once_even_when_asked_concurrently()
    {
        var store = NewStore();
        await store.SaveAsync(Chat());

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => store.TryMarkWelcomedAsync("msteams", "a:chat-1"))));

        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public async Task The_latest_service_url_wins_because_it_can_move_between_regions()
    {
        var store = NewStore();
        await store.SaveAsync(Chat());
        await store.SaveAsync(Chat("https://smba.trafficmanager.net/emea/"));

        Assert.Equal("https://smba.trafficmanager.net/emea/", store.Find("msteams", "a:chat-1")!.ServiceUrl);
    }

    [Fact]
    public async Task A_forgotten_conversation_is_welcomed_again_after_a_reinstall()
    {
        var store = NewStore();
        await store.SaveAsync(Chat());
        Assert.True(await store.TryMarkWelcomedAsync("msteams", "a:chat-1"));

        await store.ForgetAsync("msteams", "a:chat-1");
        Assert.Null(store.Find("msteams", "a:chat-1"));
        await store.SaveAsync(Chat());
        Assert.True(await store.TryMarkWelcomedAsync("msteams", "a:chat-1"));
    }

    [Fact]
    public async Task Trust_in_the_service_url_follows_the_latest_save_so_an_unvouched_write_withdraws_it()
    {
        var store = NewStore();
        await store.SaveAsync(Chat() with { ServiceUrlTrusted = true });
        Assert.True(store.Find("msteams", "a:chat-1")!.ServiceUrlTrusted);

        await store.SaveAsync(Chat("https://elsewhere.example/"));
        Assert.False(store.Find("msteams", "a:chat-1")!.ServiceUrlTrusted);
    }
}

public sealed class ConversationStoreTestsOnSqlite() : ConversationStoreTests(new TempDatabase());

public sealed class ConversationStoreTestsOnPostgreSql() : ConversationStoreTests(new PostgreSqlDatabase());
