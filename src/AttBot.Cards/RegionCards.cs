using System.Text.Json.Nodes;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using static AttBot.Cards.CardElements;

namespace AttBot.Cards;

/// <summary>The regional picture: one region or group with its states still to reach, and the world table.</summary>
/// <remarks>Buttons send the English command with the English name ("region Oceania"), whatever the reader sees.</remarks>
public static class RegionCards
{
    public static JsonObject Region(RegionFigures f, RegionOutreach outreach, DateOnly currentTo, Language language = Language.English)
    {
        var body = new List<JsonNode>
        {
            Heading(RegionWords.Name(f, language)),
            Text(RegionWords.Kind(f.Kind, language), subtle: true, spacing: "None"),
            Facts([
                (RegionWords.Label(RegionWords.Figure.States, language), Formats.Number(f.States, language)),
                (RegionWords.Label(RegionWords.Figure.Parties, language), Share(f, f.Parties, language)),
                (RegionWords.Label(RegionWords.Figure.Signatories, language), Share(f, f.Signatories, language)),
                (RegionWords.Label(RegionWords.Figure.Neither, language), Share(f, f.Neither, language)),
            ]),
        };
        if (f.SignatoriesToReach.Count + f.NeitherToReach.Count == 0)
            body.Add(Text(RegionWords.AllParties(language), spacing: "Small"));
        if (f.SignatoriesToReach.Count > 0)
            body.Add(Text(ToReach(RegionWords.SignatoriesToReach(language), f.SignatoriesToReach, language, bold: true), spacing: "Small"));
        if (f.NeitherToReach.Count > 0)
            body.Add(Text(ToReach(RegionWords.NeitherToReach(language), f.NeitherToReach, language, bold: true), spacing: "Small"));
        body.Add(Text(OutreachText(outreach, language), spacing: "Small"));
        body.Add(Footer(currentTo, language));
        return Card(PlainText(f, outreach, currentTo, language), body, [CommandButton(RegionWords.WorldTable(language), "region")]);
    }

    /// <summary>"Outreach planned in the next 90 days: 3 registrations reaching 5 states (next on 10 March 2027)."</summary>
    public static string OutreachText(RegionOutreach o, Language language = Language.English) =>
        RegionWords.Outreach(o.Plans, o.States, o.NextStart, o.Days, language);

    public static JsonObject World(WorldFigures w, DateOnly currentTo, Language language = Language.English)
    {
        var body = new List<JsonNode>
        {
            Heading(RegionWords.WorldHeading(language)),
            Text(RegionWords.Summary(w.World, language), weight: "Bolder", spacing: "None"),
            Text(RegionWords.ByRegion(language), weight: "Bolder", spacing: "Medium"),
            Facts(w.Regions.Select(r => (RegionWords.Name(r, language), RegionWords.Line(r, language)))),
            Text(RegionWords.ByGroup(language), weight: "Bolder", spacing: "Medium"),
            Facts(w.Groups.Select(g => (RegionWords.Name(g, language), RegionWords.Line(g, language)))),
            Text(RegionWords.WorldHint(language), spacing: "Small"),
            Footer(currentTo, language),
        };
        return Card(WorldText(w, language), body,
            w.Regions.Take(5).Select(r => (JsonNode)CommandButton(RegionWords.Name(r, language), $"region {r.Name}")));
    }

    /// <summary>"I don't know the region X — did you mean A, B or C?", with a button for each (suggestions are English names).</summary>
    public static JsonObject UnknownRegion(string input, IReadOnlyList<string> suggestions, Language language = Language.English) => Card(
        UnknownRegionText(input, suggestions, language),
        [Text(UnknownRegionText(input, suggestions, language)),
            ActionSet(suggestions.Select(s => (JsonNode)CommandButton(PlaceNames.Region(s, language), $"region {s}")))]);

    public static string UnknownRegionText(string input, IReadOnlyList<string> suggestions, Language language = Language.English) =>
        RegionWords.Unknown(input, [.. suggestions.Select(s => PlaceNames.Region(s, language))], language);

    /// <summary>The world table as plain text: "World: …", then one line per region and group.</summary>
    internal static string WorldText(WorldFigures w, Language language) => string.Join("\n",
        new[] { RegionWords.World(RegionWords.Summary(w.World, language), language) }
            .Concat(w.Regions.Concat(w.Groups).Select(r => RegionWords.Colon(RegionWords.Name(r, language), RegionWords.Line(r, language), language))));

    internal static string Share(RegionFigures f, int count, Language language = Language.English) => RegionWords.Share(count, f.Percent(count), language);

    /// <summary>"**Signatories, not yet party (3)**: A, B, C", the states named in the reader's language.</summary>
    internal static string ToReach(string heading, IReadOnlyList<Country> states, Language language, bool bold) =>
        RegionWords.Colon(bold ? $"**{heading} ({states.Count})**" : heading, Names(states, language), language);

    internal static string Names(IEnumerable<Country> countries, Language language) =>
        string.Join(", ", countries.Select(c => PlaceNames.State(c, language)));

    private static JsonObject Footer(DateOnly currentTo, Language language) =>
        Text(RegionWords.Footer(currentTo, language), size: "Small", subtle: true, separator: true);

    internal static string PlainText(RegionFigures f, RegionOutreach outreach, DateOnly currentTo, Language language = Language.English)
    {
        var lines = new List<string> { RegionWords.Colon($"{RegionWords.Name(f, language)} ({RegionWords.Kind(f.Kind, language)})", RegionWords.Summary(f, language), language) };
        if (f.SignatoriesToReach.Count > 0)
            lines.Add(ToReach(RegionWords.SignatoriesToReach(language), f.SignatoriesToReach, language, bold: false));
        if (f.NeitherToReach.Count > 0)
            lines.Add(ToReach(RegionWords.NeitherToReach(language), f.NeitherToReach, language, bold: false));
        lines.Add(OutreachText(outreach, language));
        lines.Add(StatusSentences.CurrentTo(currentTo, language));
        return string.Join("\n", lines);
    }
}
