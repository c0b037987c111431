using System.Collections.Concurrent;
using AttBot.Data.Store;
using AttBot.Domain.Commands;
using AttBot.Domain.Language;
using AttBot.Host.Outreach;

namespace AttBot.Host.Language;

/// <summary>
/// "language fr|es|en|auto": remembers the language a person reads, the same on every channel, and the language of a
/// subscribed conversation's alerts and digest, and answers in the language chosen. The choice is kept, so each answer
/// follows the day its words arrive.
/// </summary>
public sealed class LanguageDesk(LanguageStore store, AlertStore subscriptions)
{
    // Every turn asks which language its reader reads. Few people choose one ("language fr"), so every choice is held
    // in memory, read once: someone who never chose, as in every first message to the bot, costs no store read.
    private volatile ConcurrentDictionary<(string, string), Domain.Language.Language>? _chosen;

    private ConcurrentDictionary<(string, string), Domain.Language.Language> Chosen =>
        _chosen ??= new(store.PeopleChoices().Select(c => KeyValuePair.Create((c.ChannelId, c.UserId), c.Language)));

    /// <summary>The language the person reads: their own choice, else their client's (<see cref="Person.Locale"/>), else English.</summary>
    public Domain.Language.Language ReaderOf(Person person) =>
        ReaderLanguage.Of(Chosen.TryGetValue((person.ChannelId, person.UserId), out var chosen) ? chosen : null, person.Locale);

    // The conversations' choices likewise: only subscribed conversations make one, and every alert and digest asks.
    private volatile ConcurrentDictionary<(string, string), Domain.Language.Language>? _conversations;

    private ConcurrentDictionary<(string, string), Domain.Language.Language> Conversations =>
        _conversations ??= new(store.ConversationChoices().Select(c => KeyValuePair.Create((c.ChannelId, c.ConversationId), c.Language)));

    /// <summary>
    /// The language of a person the bot writes to unasked (a heads-up, a note, a reminder): their own choice, else the
    /// locale their client last reported, else English.
    /// </summary>
    public Domain.Language.Language OfPerson(string channelId, string userId) =>
        Chosen.TryGetValue((channelId, userId), out var chosen) ? chosen : ReaderLanguage.Of(null, store.LastLocale(channelId, userId));

    /// <summary>
    /// The language of a subscribed conversation's alerts and digest: its own choice, else that of whoever subscribed
    /// it, else English.
    /// </summary>
    public Domain.Language.Language OfConversation(string channelId, string conversationId) =>
        Conversations.TryGetValue((channelId, conversationId), out var chosen) ? chosen
        : subscriptions.SubscriberOf(channelId, conversationId) is { } subscriber ? OfPerson(channelId, subscriber)
        : Domain.Language.Language.English;

    /// <summary>
    /// Another instance stored a choice: read that person's, or that conversation's (the notification names the
    /// subject, not its kind), again; with none (notifications may have been missed), read them all again when next asked.
    /// </summary>
    public void ChoiceChanged((string ChannelId, string UserId)? subject)
    {
        if (subject is not { } key || _chosen is not { } chosen || _conversations is not { } conversations)
        {
            _chosen = null;
            _conversations = null;
            return;
        }
        Refresh(chosen, key, store.ChosenBy(key.ChannelId, key.UserId));
        Refresh(conversations, key, store.ChosenFor(key.ChannelId, key.UserId));
    }

    private static void Refresh(ConcurrentDictionary<(string, string), Domain.Language.Language> choices, (string, string) key, Domain.Language.Language? language)
    {
        if (language is { } chosen)
            choices[key] = chosen;
        else
            choices.TryRemove(key, out _);
    }

    /// <param name="reader">The language the person read in when asking: the answer to a choice is told in the language chosen.</param>
    /// <param name="conversationId">
    /// Where it was typed, when that is a conversation others read (not a 1:1 chat): if it is subscribed to alerts and
    /// the asker subscribed it or is of the Secretariat, its alerts and digest follow the choice too.
    /// </param>
    public string Choose(Person person, BotCommand.ChooseLanguage command, Domain.Language.Language reader, string? conversationId = null, bool isSecretariat = false)
    {
        if (command.Unknown is { } unknown)
            return LanguageWords.Unknown(Shorten(unknown), reader);
        if (command.Auto)
        {
            store.ChooseForPerson(person.ChannelId, person.UserId, null);
            Chosen.TryRemove((person.ChannelId, person.UserId), out _);
            var followed = ReaderLanguage.Of(null, person.Locale);
            return LanguageWords.FollowsApp(followed) + ForConversation(person, conversationId, isSecretariat, null, followed);
        }
        if (command.Choice is not { } language)
        {
            var now = Chosen.TryGetValue((person.ChannelId, person.UserId), out var c)
                ? LanguageWords.YouChose(Languages.OwnName(c), reader) : LanguageWords.NoChoice(reader);
            return $"{now} {LanguageWords.HowToChoose(reader)}";
        }
        store.ChooseForPerson(person.ChannelId, person.UserId, language);
        Chosen[(person.ChannelId, person.UserId)] = language;
        return LanguageWords.Noted(language) + ForConversation(person, conversationId, isSecretariat, language, language);
    }

    /// <summary>Sets (or with null clears) the conversation's choice when the asker may; what to add to the answer then, in <paramref name="reply"/>.</summary>
    private string ForConversation(Person person, string? conversationId, bool isSecretariat, Domain.Language.Language? language, Domain.Language.Language reply)
    {
        if (conversationId is null || subscriptions.SubscriberOf(person.ChannelId, conversationId) is not { } subscriber
            || subscriber != person.UserId && !isSecretariat)
            return "";
        store.ChooseForConversation(person.ChannelId, conversationId, person.UserId, language);
        if (language is { } chosen)
            Conversations[(person.ChannelId, conversationId)] = chosen;
        else
            Conversations.TryRemove((person.ChannelId, conversationId), out _);
        var name = language is not { } named ? null
            : named == Domain.Language.Language.English ? "English" : Languages.OwnName(named).ToLowerInvariant();
        return " " + AlertWords.ConversationReads(name, reply);
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
