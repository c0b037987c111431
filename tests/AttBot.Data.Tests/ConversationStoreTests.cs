using AttBot.Data.Store;

namespace AttBot.Data.Tests;

public sealed class ConversationStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static StoredConversation Chat(string serviceUrl = "https://smba.trafficmanager.net/amer/") =>
        new("msteams", "a:chat-1", "personal", "tenant-1", serviceUrl, "{\"conversation\":{\"id\":\"a:chat-1\"}}");

    [Fact]
    public void A_conversation_is_welcomed_exactly_once_even_when_asked_concurrently()
    {
        var store = new ConversationStore(_db.Migrated(), TimeProvider.System);
        store.Save(Chat());

        var results = new bool[16];
        Parallel.For(0, results.Length, i => results[i] = store.TryMarkWelcomed("msteams", "a:chat-1"));

        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public void The_latest_service_url_wins_because_it_can_move_between_regions()
    {
        var store = new ConversationStore(_db.Migrated(), TimeProvider.System);
        store.Save(Chat());
        store.Save(Chat("https://smba.trafficmanager.net/emea/"));

        Assert.Equal("https://smba.trafficmanager.net/emea/", store.Find("msteams", "a:chat-1")!.ServiceUrl);
    }

    [Fact]
    public void A_forgotten_conversation_is_welcomed_again_after_a_reinstall()
    {
        var store = new ConversationStore(_db.Migrated(), TimeProvider.System);
        store.Save(Chat());
        Assert.True(store.TryMarkWelcomed("msteams", "a:chat-1"));

        store.Forget("msteams", "a:chat-1");
        Assert.Null(store.Find("msteams", "a:chat-1"));
        store.Save(Chat());
        Assert.True(store.TryMarkWelcomed("msteams", "a:chat-1"));
    }

    [Fact]
    public void Trust_in_the_service_url_follows_the_latest_save_so_an_unvouched_write_withdraws_it()
    {
        var store = new ConversationStore(_db.Migrated(), TimeProvider.System);
        store.Save(Chat() with { ServiceUrlTrusted = true });
        Assert.True(store.Find("msteams", "a:chat-1")!.ServiceUrlTrusted);

        store.Save(Chat("https://elsewhere.example/"));
        Assert.False(store.Find("msteams", "a:chat-1")!.ServiceUrlTrusted);
    }
}
