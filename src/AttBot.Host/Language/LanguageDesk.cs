using System.Collections.Concurrent;
using AttBot.Data.Store;
using AttBot.Domain.Commands;
using AttBot.Domain.Language;
using AttBot.Host.Outreach;

namespace AttBot.Host.Language;

/// <summary>
/// "language fr|es|en|auto": remembers the language a person reads, the same on every channel, and answers in it.
/// Some answers are English still, and the bot says so rather than promise what it does not yet do. The choice is kept, so each answer follows the day its words arrive.
/// </summary>
public sealed class LanguageDesk(LanguageStore store)
{
    // Every turn asks which language its reader reads. Few people choose one ("language fr"), so every choice is held
    // in memory, read once: someone who never chose, as in every first message to the bot, costs no store read.
    private volatile ConcurrentDictionary<(string, string), Domain.Language.Language>? _chosen;

    private ConcurrentDictionary<(string, string), Domain.Language.Language> Chosen =>
        _chosen ??= new(store.PeopleChoices().Select(c => KeyValuePair.Create((c.ChannelId, c.UserId), c.Language)));

    /// <summary>The language the person reads: their own choice, else their client's (<see cref="Person.Locale"/>), else English.</summary>
    public Domain.Language.Language ReaderOf(Person person) =>
        ReaderLanguage.Of(Chosen.TryGetValue((person.ChannelId, person.UserId), out var chosen) ? chosen : null, person.Locale);

    /// <summary>
    /// Another instance stored a choice: read that person's again; with no person (notifications may have been missed),
    /// read them all again when next asked.
    /// </summary>
    public void ChoiceChanged((string ChannelId, string UserId)? person)
    {
        if (person is not { } key || _chosen is not { } chosen)
        {
            _chosen = null;
            return;
        }
        if (store.ChosenBy(key.ChannelId, key.UserId) is { } language)
            chosen[key] = language;
        else
            chosen.TryRemove(key, out _);
    }

    /// <param name="reader">The language the person read in when asking: the answer to a choice is told in the language chosen.</param>
    public string Choose(Person person, BotCommand.ChooseLanguage command, Domain.Language.Language reader = Domain.Language.Language.English)
    {
        if (command.Unknown is { } unknown)
            return LanguageWords.Unknown(Shorten(unknown), reader);
        if (command.Auto)
        {
            store.ChooseForPerson(person.ChannelId, person.UserId, null);
            Chosen.TryRemove((person.ChannelId, person.UserId), out _);
            var followed = ReaderLanguage.Of(null, person.Locale);
            return $"{LanguageWords.FollowsApp(followed)} {LanguageWords.NotYet(followed)}";
        }
        if (command.Choice is not { } language)
        {
            var now = Chosen.TryGetValue((person.ChannelId, person.UserId), out var c)
                ? LanguageWords.YouChose(Languages.OwnName(c), reader) : LanguageWords.NoChoice(reader);
            return $"{now} {LanguageWords.HowToChoose(reader)} {LanguageWords.NotYet(reader)}";
        }
        store.ChooseForPerson(person.ChannelId, person.UserId, language);
        Chosen[(person.ChannelId, person.UserId)] = language;
        return language == Domain.Language.Language.English
            ? LanguageWords.Noted(language)
            : $"{LanguageWords.Noted(language)} {LanguageWords.NotYet(language)}";
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
