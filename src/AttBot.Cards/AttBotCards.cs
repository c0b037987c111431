using System.Text.Json.Nodes;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using AttBot.Domain.Treaty;
using static AttBot.Cards.CardElements;

namespace AttBot.Cards;

/// <summary>Every Adaptive Card AttBot sends, built from domain values. Handlers never write card JSON themselves.</summary>
public static class AttBotCards
{
    public const string BotName = "AttBot";

    public static JsonObject Welcome(Language language = Language.English) => Introduction(
        heading: HelpWords.WelcomeHeading(BotName, language),
        lead: HelpWords.WelcomeLead(language), language);

    /// <param name="forSecretariat">Every reader is of the Secretariat: its commands are shown.</param>
    /// <param name="forChampions">Every reader is a regional champion: theirs are shown.</param>
    public static JsonObject Help(Language language = Language.English, bool forSecretariat = false, bool forChampions = false) => Introduction(
        heading: HelpWords.HelpHeading(BotName, language),
        lead: HelpWords.HelpLead(language), language, forSecretariat, forChampions);

    private static JsonObject Introduction(string heading, string lead, Language language, bool forSecretariat = false, bool forChampions = false) => Card(
        fallbackText: HelpWords.Fallback(heading, lead, "", language),
        body:
        [
            Heading(heading),
            Text(lead),
            .. HelpWords.Lines("", language).Select(line => Text(line, spacing: "Small")),
            .. RoleSection(forChampions, HelpWords.ChampionHeading(language), HelpWords.ChampionLines("", language)),
            .. RoleSection(forSecretariat, HelpWords.SecretariatHeading(language), HelpWords.SecretariatLines("", files: true, language)),
            Text(HelpWords.TryOne(language), weight: "Bolder", spacing: "Medium"),
        ],
        actions: HelpWords.Examples(language).Select(e => (JsonNode)CommandButton(e.Title, e.Command)));

    private static IEnumerable<JsonNode> RoleSection(bool shown, string heading, IReadOnlyList<string> lines) => shown
        ? [Text(heading, weight: "Bolder", spacing: "Medium"), .. lines.Select(line => Text(line, spacing: "Small"))]
        : [];

    /// <param name="declaredIntention">The state has declared its intention to join: the assistance avenues show as for a signatory.</param>
    public static JsonObject Status(Country country, DateOnly currentTo, PlannedOutreach? planned = null, bool declaredIntention = false,
        Language language = Language.English)
    {
        var facts = StatusWording.Facts(country, language);
        var name = PlaceNames.State(country, language);

        var body = new List<JsonNode>
        {
            Heading(name),
            Text(StatusWording.Headline(country, currentTo, language), size: "Medium", weight: "Bolder", color: StatusColor(country.Status), spacing: "None"),
            Facts(facts),
        };
        foreach (var sentence in StatusNotes.Sentences(country, language))
            body.Add(Text(sentence, spacing: "Small"));
        if (planned is not null)
            body.Add(Text(PlannedText(planned, name, language), spacing: "Small"));
        if (Assistance.AvenuesFor(country, declaredIntention, language) is { Count: > 0 } avenues)
            body.Add(Text($"**{StatusSentences.AssistanceHeading(language)}**{StatusSentences.Colon(language)}\n\n" +
                string.Join("\n\n", avenues.Select(a => "- " + a)), spacing: "Small"));
        body.Add(Text(StatusSentences.Footer(currentTo, language), size: "Small", subtle: true, separator: true));
        return Card(StatusWording.PlainText(country, currentTo, language), body);
    }

    /// <summary>"Outreach planned in the next 90 days: 2 (next on 10 March 2027)", and what is planned after them.</summary>
    public static string PlannedText(PlannedOutreach planned, string? countryName = null, Language language = Language.English) =>
        PlannedSentences.Planned(planned, countryName, language);

    /// <summary>The input named several states: one button per candidate.</summary>
    public static JsonObject ChooseCountry(string input, IReadOnlyList<Country> candidates, Language language = Language.English)
    {
        var question = CountryWords.WhichOne(Shorten(input), language);
        return Card(
            fallbackText: $"{question} {string.Join(", ", candidates.Select(c => PlaceNames.State(c, language)))}",
            body:
            [
                Text(question, weight: "Bolder"),
                ActionSet(candidates.Select(c => (JsonNode)StatusButton(c, language))),
            ]);
    }

    /// <summary>Unknown input with suggestions: the question and a button for each suggestion.</summary>
    public static JsonObject UnknownCountry(string input, IReadOnlyList<Country> suggestions, Language language = Language.English) => Card(
        fallbackText: UnknownCountryText(input, suggestions, language),
        body:
        [
            Text(UnknownCountryText(input, suggestions, language)),
            ActionSet(suggestions.Select(c => (JsonNode)StatusButton(c, language))),
        ]);

    /// <summary>"I don't know “Atlantis” — did you mean A, B or C?"; with nothing close, how to ask instead.</summary>
    public static string UnknownCountryText(string input, IReadOnlyList<Country> suggestions, Language language = Language.English) =>
        CountryWords.Unknown(Shorten(input), [.. suggestions.Select(c => PlaceNames.State(c, language))], language);

    private static JsonObject StatusButton(Country country, Language language) =>
        ExecuteButton(PlaceNames.State(country, language), CardData.StatusVerb, new JsonObject { [CardData.Iso3] = country.Iso3 });

    private static string StatusColor(TreatyStatus status) => status switch
    {
        TreatyStatus.Party => CardColors.Positive,
        _ => "Default", // a signatory's or a non-party's headline says which in words; no colour reads well enough to add to it
    };

    /// <summary>Echoed user input is cut short: it is shown back, never trusted to fit.</summary>
    internal static string Shorten(string input) => input.Length <= 60 ? input : input[..60] + "…";
}
