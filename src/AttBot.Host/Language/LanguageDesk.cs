using System.Collections.Concurrent;
using AttBot.Data.Store;
using AttBot.Domain.Commands;
using AttBot.Domain.Language;
using AttBot.Host.Outreach;

namespace AttBot.Host.Language;

/// <summary>
/// "language fr|es|en|auto": remembers the language a person reads, the same on every channel. Status, help and
/// registration are written in the three languages; the other answers are English still, and the bot says so rather
/// than promise what it does not yet do. The choice is kept, so each answer follows the day its words arrive.
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

    private const string NotYet = "Status, help, registration, regions, maps, priorities and gaps already answer in your language; AttBot's other answers are still in English and will follow as their texts are ready.";

    public string Choose(Person person, BotCommand.ChooseLanguage command)
    {
        if (command.Unknown is { } unknown)
            return $"AttBot writes English, French and Spanish, not “{Shorten(unknown)}”: type language en, language fr or language es (or language auto to follow your app's language).";
        if (command.Auto)
        {
            store.ChooseForPerson(person.ChannelId, person.UserId, null);
            Chosen.TryRemove((person.ChannelId, person.UserId), out _);
            return "Noted: AttBot follows your app's language again. " + NotYet;
        }
        if (command.Choice is not { } language)
        {
            var now = Chosen.TryGetValue((person.ChannelId, person.UserId), out var c)
                ? $"You chose {Languages.OwnName(c)}." : "You have not chosen a language: AttBot follows your app's.";
            return $"{now} Choose with language en, language fr or language es, or language auto. {NotYet}";
        }
        store.ChooseForPerson(person.ChannelId, person.UserId, language);
        Chosen[(person.ChannelId, person.UserId)] = language;
        return language == Domain.Language.Language.English
            ? "Noted: AttBot answers you in English."
            : $"Noted: you read AttBot in {Languages.OwnName(language)}. {NotYet}";
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
