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

    private static readonly (string Title, string Command)[] Examples =
    [
        ("status Viet Nam", "status Viet Nam"),
        ("register outreach", "register"),
        ("my registrations", "mine"),
        ("help", "help"),
    ];

    public static JsonObject Welcome() => Introduction(
        heading: $"Welcome to {BotName}",
        lead: HelpWords.WelcomeLead);

    public static JsonObject Help() => Introduction(
        heading: $"What {BotName} can do",
        lead: HelpWords.HelpLead);

    private static JsonObject Introduction(string heading, string lead) => Card(
        fallbackText: $"{heading}. {lead} Try: status Viet Nam, register, mine, help.",
        body:
        [
            Heading(heading),
            Text(lead),
            .. HelpWords.Lines("").Select(line => Text(line, spacing: "Small")),
            .. HelpWords.SecretariatLines("", HelpWords.ImportByFileOrLines).Select(line => Text(line, spacing: "Small", subtle: true)),
            Text("Try one:", weight: "Bolder", spacing: "Medium"),
        ],
        actions: Examples.Select(e => (JsonNode)CommandButton(e.Title, e.Command)));

    /// <param name="declaredIntention">The state has declared its intention to join: the assistance avenues show as for a signatory.</param>
    public static JsonObject Status(Country country, DateOnly currentTo, PlannedOutreach? planned = null, bool declaredIntention = false)
    {
        var facts = StatusWording.Facts(country);

        var body = new List<JsonNode>
        {
            Heading(country.Name),
            Text(StatusWording.Headline(country, currentTo), size: "Medium", weight: "Bolder", color: StatusColor(country.Status), spacing: "None"),
            Facts(facts),
        };
        foreach (var sentence in StatusNotes.Sentences(country))
            body.Add(Text(sentence, spacing: "Small"));
        if (planned is not null)
            body.Add(Text(PlannedText(planned, country.Name), spacing: "Small"));
        if (Assistance.AvenuesFor(country, declaredIntention) is { Count: > 0 } avenues)
            body.Add(Text($"**{Assistance.Heading}**:\n\n" + string.Join("\n\n", avenues.Select(a => "- " + a)), spacing: "Small"));
        body.Add(Text($"Data current to {StatusWording.Date(currentTo)} · Source: UN Treaty Collection (XXVI-8)", size: "Small", subtle: true, separator: true));
        return Card(StatusWording.PlainText(country, currentTo), body);
    }

    /// <summary>"Outreach planned in the next 90 days: 2 (next on 10 March 2027)", and what is planned after them.</summary>
    public static string PlannedText(PlannedOutreach planned, string? countryName = null)
    {
        var soon = planned switch
        {
            { Count: 0, Later: 0 } => "No outreach planned",
            { Count: 0 } => $"Nothing planned in the next {planned.Days} days",
            { NextStart: { } next } => $"Outreach planned in the next {planned.Days} days: {planned.Count} (next on {StatusWording.Date(next)})",
            _ => $"Outreach planned in the next {planned.Days} days: {planned.Count}",
        };
        if (planned.Later == 0)
            return soon + ".";
        var later = planned.FirstLater is { } first ? $"{planned.Later} later, from {StatusWording.Date(first)}" : $"{planned.Later} later";
        return countryName is null ? $"{soon} · {later}." : $"{soon} · {later}: type “outreach {countryName}” to see them.";
    }

    /// <summary>The input named several states: one button per candidate.</summary>
    public static JsonObject ChooseCountry(string input, IReadOnlyList<Country> candidates)
    {
        var question = $"“{Shorten(input)}” could mean several states. Which one?";
        return Card(
            fallbackText: $"{question} {string.Join(", ", candidates.Select(c => c.Name))}",
            body:
            [
                Text(question, weight: "Bolder"),
                ActionSet(candidates.Select(c => (JsonNode)StatusButton(c))),
            ]);
    }

    /// <summary>Unknown input with suggestions: the question and a button for each suggestion.</summary>
    public static JsonObject UnknownCountry(string input, IReadOnlyList<Country> suggestions) => Card(
        fallbackText: UnknownCountryText(input, suggestions),
        body:
        [
            Text(UnknownCountryText(input, suggestions)),
            ActionSet(suggestions.Select(c => (JsonNode)StatusButton(c))),
        ]);

    /// <summary>"I don't know “Atlantis” — did you mean A, B or C?"; with nothing close, how to ask instead.</summary>
    public static string UnknownCountryText(string input, IReadOnlyList<Country> suggestions) => suggestions.Count switch
    {
        0 => $"I don't know “{Shorten(input)}”. Try a state's name or code, for example **status Viet Nam**, or type **help**.",
        1 => $"I don't know “{Shorten(input)}” — did you mean {suggestions[0].Name}?",
        _ => $"I don't know “{Shorten(input)}” — did you mean {string.Join(", ", suggestions.Take(suggestions.Count - 1).Select(c => c.Name))} or {suggestions[^1].Name}?",
    };

    private static JsonObject StatusButton(Country country) =>
        ExecuteButton(country.Name, CardData.StatusVerb, new JsonObject { [CardData.Iso3] = country.Iso3 });

    private static string StatusColor(TreatyStatus status) => status switch
    {
        TreatyStatus.Party => CardColors.Positive,
        _ => "Default", // a signatory's or a non-party's headline says which in words; no colour reads well enough to add to it
    };

    /// <summary>Echoed user input is cut short: it is shown back, never trusted to fit.</summary>
    internal static string Shorten(string input) => input.Length <= 60 ? input : input[..60] + "…";
}
