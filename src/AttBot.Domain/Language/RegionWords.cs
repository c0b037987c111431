using AttBot.Domain.Countries;

namespace AttBot.Domain.Language;

/// <summary>
/// The regional picture's words in English, French and Spanish: the region card, the world table and the answer to
/// an unknown region, on Teams and Slack alike. Regions are named by <see cref="PlaceNames"/>, figures written by
/// <see cref="Formats"/> ("45,7 %"); French puts a no-break space before a colon or a semicolon.
/// </summary>
public static class RegionWords
{
    private const char Nbsp = '\u00A0';

    /// <summary>A region's name as a heading: a UN regional group by its full name ("Groupe des États d’Afrique").</summary>
    public static string Name(RegionFigures figures, Language language) =>
        figures.Kind == RegionFigures.RegionalGroup ? PlaceNames.RegionalGroup(figures.Name, language) : PlaceNames.Region(figures.Name, language);

    /// <summary>What kind of region it is, under its name.</summary>
    public static string Kind(string kind, Language language) => (kind, language) switch
    {
        (RegionFigures.M49Region, Language.French) => "Région",
        (RegionFigures.M49Region, Language.Spanish) => "Región",
        (RegionFigures.M49SubRegion, Language.French) => "Sous-région",
        (RegionFigures.M49SubRegion, Language.Spanish) => "Subregión",
        (RegionFigures.M49IntermediateRegion, Language.French) => "Région intermédiaire",
        (RegionFigures.M49IntermediateRegion, Language.Spanish) => "Región intermedia",
        (RegionFigures.RegionalGroup, _) => StatusSentences.Label(StatusSentences.Fact.RegionalGroup, language),
        (RegionFigures.World, _) => PlaceNames.Region("World", language),
        _ => kind,
    };

    public enum Figure { States, Parties, Signatories, Neither }

    /// <summary>The label of a count, on the card's facts and the map's legend.</summary>
    public static string Label(Figure figure, Language language) => (figure, language) switch
    {
        (Figure.States, Language.French) => "États",
        (Figure.States, Language.Spanish) => "Estados",
        (Figure.States, _) => "States",
        (Figure.Parties, Language.French) => "États parties",
        (Figure.Parties, Language.Spanish) => "Estados partes",
        (Figure.Parties, _) => "States Parties",
        (Figure.Signatories, Language.French) => "Signataires",
        (Figure.Signatories, Language.Spanish) => "Signatarios",
        (Figure.Signatories, _) => "Signatories",
        (Figure.Neither, Language.French) => "Ni signataires ni parties",
        (Figure.Neither, Language.Spanish) => "Ni signatarios ni partes",
        _ => "Neither",
    };

    /// <summary>"5 (42%)", "5 (42 %)": a count with its share of the region.</summary>
    public static string Share(int count, int percent, Language language) =>
        $"{Formats.Number(count, language)} ({Formats.Percent(percent, language)})";

    public static string AllParties(Language language) => language switch
    {
        Language.French => "Tous les États de la région sont parties.",
        Language.Spanish => "Todos los Estados de la región son partes.",
        _ => "Every state here is a State Party.",
    };

    /// <summary>The heading of the signatories still to reach, before their names.</summary>
    public static string SignatoriesToReach(Language language) => language switch
    {
        Language.French => "Signataires, pas encore parties",
        Language.Spanish => "Signatarios que aún no son partes",
        _ => "Signatories, not yet party",
    };

    /// <summary>The heading of the states that neither signed nor joined, before their names.</summary>
    public static string NeitherToReach(Language language) => language switch
    {
        Language.French => "Ni signataires ni parties",
        Language.Spanish => "Ni signatarios ni partes",
        _ => "Neither signed nor joined",
    };

    /// <summary>A heading followed by what it introduces: "Signatories: A, B", "Signataires : A, B".</summary>
    public static string Colon(string heading, string rest, Language language) =>
        language == Language.French ? $"{heading}{Nbsp}: {rest}" : $"{heading}: {rest}";

    /// <summary>"Outreach planned in the next 90 days: 3 registrations reaching 5 states (next on 10 March 2027)."</summary>
    public static string Outreach(int plans, int states, DateOnly? next, int days, Language language)
    {
        if (plans == 0)
            return language switch
            {
                Language.French => $"Aucune démarche prévue dans les {days} prochains jours.",
                Language.Spanish => $"No hay gestiones previstas en los próximos {days} días.",
                _ => $"No outreach planned in the next {days} days.",
            };
        var when = next is { } n ? language switch
        {
            Language.French => $" (la prochaine le {Formats.Date(n, language)})",
            Language.Spanish => $" (la próxima el {Formats.Date(n, language)})",
            _ => $" (next on {Formats.Date(n, language)})",
        } : "";
        return language switch
        {
            Language.French => $"Démarches prévues dans les {days} prochains jours{Nbsp}: {Count(plans, "inscription", "inscriptions", language)} " +
                $"visant {Count(states, "État", "États", language)}{when}.",
            Language.Spanish => $"Gestiones previstas en los próximos {days} días: {Count(plans, "registro", "registros", language)} " +
                $"que abarcan {Count(states, "Estado", "Estados", language)}{when}.",
            _ => $"Outreach planned in the next {days} days: {Count(plans, "registration", "registrations", language)} reaching {Count(states, "state", "states", language)}{when}.",
        };
    }

    /// <summary>"118 of 196 states are States Parties (60%); 25 signatories (13%); 53 neither (27%)."</summary>
    public static string Summary(RegionFigures f, Language language)
    {
        string P(int percent) => Formats.Percent(percent, language);
        return language switch
        {
            Language.French => $"{f.Parties} États sur {f.States} {(f.Parties <= 1 ? "est partie" : "sont parties")} ({P(f.PartiesPercent)}){Nbsp}; " +
                $"{Count(f.Signatories, "signataire", "signataires", language)} ({P(f.SignatoriesPercent)}){Nbsp}; " +
                $"{f.Neither} ni signataires ni parties ({P(f.NeitherPercent)}).",
            Language.Spanish => $"{f.Parties} de {f.States} Estados {(f.Parties == 1 ? "es parte" : "son partes")} ({P(f.PartiesPercent)}); " +
                $"{Count(f.Signatories, "signatario", "signatarios", language)} ({P(f.SignatoriesPercent)}); " +
                $"{f.Neither} ni signatarios ni partes ({P(f.NeitherPercent)}).",
            _ => $"{f.Parties} of {f.States} states {(f.Parties == 1 ? "is a State Party" : "are States Parties")} ({f.PartiesPercent}%); " +
                $"{Count(f.Signatories, "signatory", "signatories", language)} ({f.SignatoriesPercent}%); {f.Neither} neither ({f.NeitherPercent}%).",
        };
    }

    /// <summary>One line of the world table: "118/196 parties (60%) · 25 signatories (13%) · 53 neither".</summary>
    public static string Line(RegionFigures f, Language language) => language switch
    {
        Language.French => $"{f.Parties}/{f.States} parties ({Formats.Percent(f.PartiesPercent, language)}) · " +
            $"{Count(f.Signatories, "signataire", "signataires", language)} ({Formats.Percent(f.SignatoriesPercent, language)}) · {f.Neither} ni signataires ni parties",
        Language.Spanish => $"{f.Parties}/{f.States} partes ({Formats.Percent(f.PartiesPercent, language)}) · " +
            $"{Count(f.Signatories, "signatario", "signatarios", language)} ({Formats.Percent(f.SignatoriesPercent, language)}) · {f.Neither} ni signatarios ni partes",
        _ => $"{f.Parties}/{f.States} parties ({f.PartiesPercent}%) · {Count(f.Signatories, "signatory", "signatories", language)} ({f.SignatoriesPercent}%) · {f.Neither} neither",
    };

    /// <summary>"12 states · 5 (42%) States Parties · 3 (25%) signatories · 4 (33%) neither": a region at a glance.</summary>
    public static string Picture(RegionFigures f, Language language)
    {
        string S(int count) => Share(count, f.Percent(count), language);
        return language switch
        {
            Language.French => $"{Count(f.States, "État", "États", language)} · {S(f.Parties)} États parties · {S(f.Signatories)} " +
                $"{(f.Signatories <= 1 ? "signataire" : "signataires")} · {S(f.Neither)} ni signataires ni parties",
            Language.Spanish => $"{Count(f.States, "Estado", "Estados", language)} · {S(f.Parties)} Estados partes · {S(f.Signatories)} " +
                $"{(f.Signatories == 1 ? "signatario" : "signatarios")} · {S(f.Neither)} ni signatarios ni partes",
            _ => $"{f.States} states · {S(f.Parties)} States Parties · {S(f.Signatories)} {(f.Signatories == 1 ? "signatory" : "signatories")} · {S(f.Neither)} neither",
        };
    }

    /// <summary>The notification's summary of a region card: "Oceania: 64% States Parties, 7% signatories".</summary>
    public static string Glance(RegionFigures f, Language language) => language switch
    {
        Language.French => $"{Name(f, language)}{Nbsp}: {Formats.Percent(f.PartiesPercent, language)} d’États parties, {Formats.Percent(f.SignatoriesPercent, language)} de signataires",
        Language.Spanish => $"{Name(f, language)}: {Formats.Percent(f.PartiesPercent, language)} de Estados partes, {Formats.Percent(f.SignatoriesPercent, language)} de signatarios",
        _ => $"{f.Name}: {f.PartiesPercent}% States Parties, {f.SignatoriesPercent}% signatories",
    };

    public static string WorldHeading(Language language) => language switch
    {
        Language.French => "Le Traité sur le commerce des armes dans le monde",
        Language.Spanish => "El Tratado sobre el Comercio de Armas en el mundo",
        _ => "The Arms Trade Treaty worldwide",
    };

    public static string ByRegion(Language language) => language switch
    {
        Language.French => "Par région",
        Language.Spanish => "Por región",
        _ => "By region",
    };

    public static string ByGroup(Language language) => language switch
    {
        Language.French => "Par groupe régional de l’ONU",
        Language.Spanish => "Por grupo regional de las Naciones Unidas",
        _ => "By UN regional group",
    };

    /// <summary>Under the world table: how to ask for one region (Markdown; "région" and "región" are understood).</summary>
    public static string WorldHint(Language language) => language switch
    {
        Language.French => "Tapez **région** suivi d’un nom pour voir ses États non parties et les démarches prévues" +
            $"{Nbsp}: **région Océanie**, **région Caraïbes**, **région Afrique**.",
        Language.Spanish => "Escriba **región** y un nombre para ver sus Estados que no son partes y las gestiones previstas: " +
            "**región Oceanía**, **región Caribe**, **región África**.",
        _ => "Type **region** and a name for its non-parties and planned outreach: **region Oceania**, **region Caribbean**, **region African States**.",
    };

    public static string WorldTable(Language language) => language switch
    {
        Language.French => "Tableau mondial",
        Language.Spanish => "Cuadro mundial",
        _ => "World table",
    };

    /// <summary>The footer: how current the data is and where it and the regions come from.</summary>
    public static string Footer(DateOnly currentTo, Language language) => language switch
    {
        Language.French => $"{StatusSentences.CurrentTo(currentTo, language)} · Source{Nbsp}: Collection des traités des Nations Unies (XXVI-8), " +
            $"régions{Nbsp}: Division de statistique de l’ONU",
        Language.Spanish => $"{StatusSentences.CurrentTo(currentTo, language)} · Fuente: Colección de Tratados de las Naciones Unidas (XXVI-8); " +
            "regiones: División de Estadística de las Naciones Unidas",
        _ => $"{StatusSentences.CurrentTo(currentTo, language)} · Source: UN Treaty Collection (XXVI-8), regions: UN Statistics Division",
    };

    /// <summary>"I don't know the region “X” — did you mean A, B or C?" (Markdown); the suggestions named by the caller.</summary>
    public static string Unknown(string input, IReadOnlyList<string> suggestions, Language language)
    {
        var shown = input.Length <= 60 ? input : input[..60] + "…";
        var quoted = language switch
        {
            Language.French => $"«{Nbsp}{shown}{Nbsp}»",
            Language.Spanish => $"«{shown}»",
            _ => $"“{shown}”",
        };
        return (suggestions.Count, language) switch
        {
            (0, Language.French) => $"Je ne connais pas la région {quoted}. Tapez **région** pour la liste.",
            (0, Language.Spanish) => $"No conozco la región {quoted}. Escriba **región** para ver la lista.",
            (0, _) => $"I don't know the region {quoted}. Type **region** for the list.",
            (_, Language.French) => $"Je ne connais pas la région {quoted}{Nbsp}— vouliez-vous dire {ListWords.Or(suggestions, language)}{Nbsp}?",
            (_, Language.Spanish) => $"No conozco la región {quoted}; ¿quiso decir {ListWords.Or(suggestions, language)}?",
            _ => $"I don't know the region {quoted} — did you mean {ListWords.Or(suggestions, language)}?",
        };
    }

    /// <summary>The plain text's first word for the whole world: "World: …".</summary>
    public static string World(string summary, Language language) => Colon(PlaceNames.Region("World", language), summary, language);

    private static string Count(int n, string one, string many, Language language) =>
        $"{Formats.Number(n, language)} {(n == 1 || language == Language.French && n == 0 ? one : many)}";
}
