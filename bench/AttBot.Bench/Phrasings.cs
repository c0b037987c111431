namespace AttBot.Bench;

/// <summary>
/// What the simulated users type: the ways people ask for a status in Teams, in the proportions one might expect
/// (mostly a plain name or "status X", some questions, codes, other scripts, typos, and the odd ambiguous or
/// unknown name that gets a choice or a suggestion instead of a status card).
/// </summary>
public static class Phrasings
{
    public static readonly IReadOnlyList<string> All =
    [
        "status Malaysia",
        "what is the status of Viet Nam?",
        "VNM",
        "马来西亚",
        "Ecuador?",
        "Malaysai",
        "status France",
        "what's the ATT status of Germany?",
        "is Brazil a state party?",
        "status Côte d’Ivoire",
        "Niger status",
        "status of the Republic of Korea",
        "where does Japan stand?",
        "status UK",
        "Phillipines",
        "status of Kazakstan",
        "United States of America",
        "Türkiye?",
        "status Congo",
        "status Atlantis",
        // Typed by French- and Spanish-speaking users (issue 15): the commands' own words in those languages.
        "statut Malaisie",
        "quel est le statut du Viet Nam ?",
        "Équateur ?",
        "estado de Malasia",
        "¿cuál es el estado de Filipinas?",
        "Costa de Marfil",
    ];

    /// <summary>
    /// The language the sender's Teams client reports, a third each: English, French, Spanish. The bot answers in it,
    /// so every language's status card is measured. Stable across runs (not string.GetHashCode, which is per process).
    /// </summary>
    public static string LocaleOf(Sender sender)
    {
        var sum = 0;
        foreach (var c in sender.ConversationId)
            sum += c;
        return (sum % 3) switch { 0 => "en-US", 1 => "fr-FR", _ => "es-ES" };
    }

    /// <summary>Users start at different places in the list so that, at any moment, the mix is the whole list.</summary>
    public static string For(int user, long turn) => All[(int)((user * 7 + turn) % All.Count)];

    /// <summary>The status load: these phrasings in rotation; any reply to the activity counts.</summary>
    public static Workload Workload(string idPrefix) => new(idPrefix, For, LocaleFor: LocaleOf);

    /// <summary>
    /// First contact: the same phrasings, but every turn is the first message of someone new in a new 1:1 chat, as when
    /// the app is installed for a whole organization (the bot stores a conversation reference and a profile each time).
    /// </summary>
    public static Workload FirstContact(string idPrefix) => new(idPrefix, For, SenderFor: (user, turn) =>
        new Sender($"29:{idPrefix}-{user}-{turn}", $"Person {user}-{turn}", $"a:{idPrefix}-{user}-{turn}", "personal"), LocaleFor: LocaleOf);
}
