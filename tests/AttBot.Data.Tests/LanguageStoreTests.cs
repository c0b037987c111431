using AttBot.Data.Schema;
using AttBot.Data.Store;
using AttBot.Domain.Language;

namespace AttBot.Data.Tests;

/// <summary>A person's and a conversation's language, kept across restarts in a real database (SQLite and PostgreSQL).</summary>
public abstract class LanguageStoreTests : IDisposable
{
    private readonly TestDatabase _db;
    private readonly StoreConnections _connections;
    private readonly LanguageStore _store;

    protected LanguageStoreTests(TestDatabase db)
    {
        _db = db;
        _connections = _db.Migrated();
        _store = new LanguageStore(_connections, TimeProvider.System);
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_choice_is_remembered_per_person_and_channel_and_auto_forgets_it()
    {
        _store.ChooseForPerson("msteams", "29:ana", Language.French);
        _store.ChooseForPerson("slack", "T1/U1", Language.Spanish);

        Assert.Equal(Language.French, new LanguageStore(_connections, TimeProvider.System).ChosenBy("msteams", "29:ana"));
        Assert.Equal(Language.Spanish, _store.ChosenBy("slack", "T1/U1"));
        Assert.Null(_store.ChosenBy("slack", "29:ana")); // the same id on another channel is someone else

        _store.ChooseForPerson("msteams", "29:ana", Language.Spanish);
        Assert.Equal(Language.Spanish, _store.ChosenBy("msteams", "29:ana"));
        _store.ChooseForPerson("msteams", "29:ana", null);
        Assert.Null(_store.ChosenBy("msteams", "29:ana"));
    }

    [Fact]
    public void Every_persons_choice_is_read_at_once_and_a_conversations_is_not_among_them()
    {
        _store.ChooseForPerson("msteams", "29:ana", Language.French);
        _store.ChooseForPerson("slack", "T1/U1", Language.Spanish);
        _store.ChooseForPerson("msteams", "29:ben", Language.English);
        _store.ChooseForPerson("msteams", "29:ben", null);
        _store.ChooseForConversation("msteams", "19:room", "29:ana", Language.French);

        Assert.Equal([("msteams", "29:ana", Language.French), ("slack", "T1/U1", Language.Spanish)],
            _store.PeopleChoices().OrderBy(c => c.ChannelId, StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void A_conversation_has_its_own_choice_apart_from_its_members()
    {
        _store.ChooseForConversation("msteams", "19:team-channel", "29:sam", Language.French);

        Assert.Equal(Language.French, _store.ChosenFor("msteams", "19:team-channel"));
        Assert.Null(_store.ChosenBy("msteams", "29:sam"));
    }

    [Fact]
    public void Every_conversations_choice_is_read_at_once_and_a_persons_is_not_among_them()
    {
        _store.ChooseForConversation("msteams", "19:desk", "29:sam", Language.French);
        _store.ChooseForConversation("slack", "C0DESK", "U0SAM", Language.Spanish);
        _store.ChooseForPerson("msteams", "29:sam", Language.English);

        Assert.Equal([("msteams", "19:desk", Language.French), ("slack", "C0DESK", Language.Spanish)],
            _store.ConversationChoices().OrderBy(c => c.ChannelId, StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void A_subscribed_conversation_knows_who_subscribed_it()
    {
        var alerts = new AlertStore(_connections, TimeProvider.System);
        Assert.Null(alerts.SubscriberOf("msteams", "19:desk"));

        alerts.Subscribe("msteams", "19:desk", new Domain.Audit.AuditActor("msteams", "29:sam", "Sam Lee"));

        Assert.Equal("29:sam", alerts.SubscriberOf("msteams", "19:desk"));
        Assert.Null(alerts.SubscriberOf("slack", "19:desk"));
    }

    [Fact]
    public async Task The_last_locale_of_a_known_person_is_kept()
    {
        using var writer = _connections.CreateWriter();
        var profiles = new ProfileStore(_connections, writer, TimeProvider.System);
        await profiles.SeenAsync("msteams", "29:ana", "Ana Ruiz", "a:1");
        Assert.Null(_store.LastLocale("msteams", "29:ana"));

        await profiles.SeenAsync("msteams", "29:ana", "Ana Ruiz", null, "fr-FR");
        Assert.Equal("fr-FR", _store.LastLocale("msteams", "29:ana"));
        await profiles.SeenAsync("msteams", "29:ana", "Ana Ruiz", null, null); // a turn without a locale changes nothing
        Assert.Equal("fr-FR", _store.LastLocale("msteams", "29:ana"));
        Assert.Equal(Language.French, ReaderLanguage.Of(_store.ChosenBy("msteams", "29:ana"), _store.LastLocale("msteams", "29:ana")));
    }
}

public sealed class LanguageStoreTestsOnSqlite() : LanguageStoreTests(new TempDatabase());

public sealed class LanguageStoreTestsOnPostgreSql() : LanguageStoreTests(new PostgreSqlDatabase());
