namespace AttBot.Domain.Language;

/// <summary>
/// The universalization map's words in English, French and Spanish: what is drawn in the picture's legend, and what
/// the card beside it and its alternative text say. The counts' labels are the region card's (<see cref="RegionWords"/>).
/// </summary>
public static class MapWords
{
    private const char Nbsp = '\u00A0';

    /// <summary>A legend line: "States Parties: 5 (42 %)", "États parties : 5 (42 %)".</summary>
    public static string LegendEntry(RegionWords.Figure figure, int count, int percent, Language language) =>
        language == Language.English
            ? $"{RegionWords.Label(figure, language)}: {count} ({percent} %)"
            : RegionWords.Colon(RegionWords.Label(figure, language), RegionWords.Share(count, percent, language), language);

    /// <summary>What the rings mean on a public map: "Outreach planned in the next 90 days".</summary>
    public static string PlannedLabel(int days, Language language) => language switch
    {
        Language.French => $"Démarches prévues dans les {days} prochains jours",
        Language.Spanish => $"Gestiones previstas en los próximos {days} días",
        _ => $"Outreach planned in the next {days} days",
    };

    /// <summary>What the rings mean on a Secretariat map filtered by kind or topic: "Outreach in the next 90 days".</summary>
    public static string OutreachWithin(int days, Language language) => language switch
    {
        Language.French => $"Démarches dans les {days} prochains jours",
        Language.Spanish => $"Gestiones en los próximos {days} días",
        _ => $"Outreach in the next {days} days",
    };

    /// <summary>What the rings mean on a Secretariat map filtered by period: "Outreach in 2027-Q1".</summary>
    public static string OutreachIn(string period, Language language) => language switch
    {
        Language.French => $"Démarches en {period}",
        Language.Spanish => $"Gestiones en {period}",
        _ => $"Outreach in {period}",
    };

    /// <summary>"Outreach planned in the next 90 days: 3 states".</summary>
    public static string Planned(string label, int states, Language language) => RegionWords.Colon(label, language switch
    {
        Language.French => $"{states} {(states <= 1 ? "État" : "États")}",
        Language.Spanish => $"{states} {(states == 1 ? "Estado" : "Estados")}",
        _ => $"{states} {(states == 1 ? "state" : "states")}",
    }, language);

    /// <summary>The picture's title line: "Oceania — Arms Trade Treaty status (14 states)".</summary>
    public static string Title(string place, int states, Language language) => language switch
    {
        Language.French => $"{place} — Situation au regard du Traité sur le commerce des armes ({states} {(states <= 1 ? "État" : "États")})",
        Language.Spanish => $"{place} — Situación respecto del Tratado sobre el Comercio de Armas ({states} {(states == 1 ? "Estado" : "Estados")})",
        _ => $"{place} — Arms Trade Treaty status ({states} {(states == 1 ? "state" : "states")})",
    };

    /// <summary>The grey of a regional map's surroundings.</summary>
    public static string OtherStates(Language language) => language switch
    {
        Language.French => "Autres États",
        Language.Spanish => "Otros Estados",
        _ => "Other states",
    };

    public static string Boundaries(Language language) => language switch
    {
        Language.French => $"Frontières{Nbsp}: Natural Earth et visionscarto (BSD-3-Clause)",
        Language.Spanish => "Fronteras: Natural Earth y visionscarto (BSD-3-Clause)",
        _ => "Boundaries: Natural Earth / visionscarto (BSD-3-Clause)",
    };

    /// <summary>The United Nations' own disclaimer on maps, in its own words in each language.</summary>
    public static string Disclaimer(Language language) => language switch
    {
        Language.French => "Les frontières indiquées n’impliquent ni reconnaissance ni acceptation officielles de la part de l’Organisation des Nations Unies.",
        Language.Spanish => "Las fronteras indicadas no implican su apoyo o aceptación oficial por las Naciones Unidas.",
        _ => "Boundaries shown do not imply endorsement or acceptance by the United Nations.",
    };

    /// <summary>The source line: "Data current to 18 March 2026 · Boundaries: …".</summary>
    public static string Source(DateOnly currentTo, Language language) =>
        $"{StatusSentences.CurrentTo(currentTo, language)} · {Boundaries(language)}";

    /// <summary>The picture in words, for screen readers and clients that show no image.</summary>
    public static string AltText(string title, IReadOnlyList<string> legend, string planned, Language language) => language switch
    {
        Language.French => $"Carte{Nbsp}: {title}. {string.Join($"{Nbsp}; ", legend)}. {planned}.",
        Language.Spanish => $"Mapa: {title}. {string.Join("; ", legend)}. {planned}.",
        _ => $"Map of {title}: {string.Join("; ", legend)}. {planned}.",
    };

    /// <summary>After the planned line on the card: the rings are those states.</summary>
    public static string Ringed(string planned, Language language) => language switch
    {
        Language.French => $"{planned} (entourés d’un cercle sur la carte).",
        Language.Spanish => $"{planned} (rodeados con un círculo en el mapa).",
        _ => $"{planned} (ringed on the map).",
    };

    /// <summary>The button from a region's map to its card: "Oceania: figures and states".</summary>
    public static string FiguresAndStates(string region, Language language) => language switch
    {
        Language.French => $"{region}{Nbsp}: chiffres et États",
        Language.Spanish => $"{region}: cifras y Estados",
        _ => $"{region}: figures and states",
    };

    public static string WorldMap(Language language) => language switch
    {
        Language.French => "Carte du monde",
        Language.Spanish => "Mapa mundial",
        _ => "World map",
    };

    /// <summary>"map" with a name that is no region: the closest ones, and how to get the world (the command stays "map").</summary>
    public static string UnknownRegion(string input, IReadOnlyList<string> suggestions, Language language) => language switch
    {
        Language.French => $"Je ne connais pas la région «{Nbsp}{input}{Nbsp}»{Nbsp}— vouliez-vous dire " +
            $"{(suggestions.Count == 0 ? "une région comme l’Océanie" : ListWords.Or(suggestions, language))}{Nbsp}? Tapez **map** pour la carte du monde.",
        Language.Spanish => $"No conozco la región «{input}»; ¿quiso decir {(suggestions.Count == 0 ? "una región como Oceanía" : ListWords.Or(suggestions, language))}? " +
            "Escriba **map** para ver el mapa mundial.",
        _ => $"I don't know the region “{input}” — did you mean {(suggestions.Count == 0 ? "a region such as Oceania" : ListWords.Or(suggestions, language))}? " +
            "Type **map** for the world.",
    };

    public static string RegionNotCountry(Language language) => language switch
    {
        Language.French => $"Une carte montre une région ou le monde{Nbsp}: utilisez **region** au lieu de **country**.",
        Language.Spanish => "Un mapa muestra una región o el mundo: use **region** en lugar de **country**.",
        _ => "A map shows a region or the world: use **region** instead of **country**.",
    };
}
