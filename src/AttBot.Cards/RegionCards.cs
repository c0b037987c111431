using System.Text.Json.Nodes;
using AttBot.Domain.Countries;
using AttBot.Domain.Outreach;
using AttBot.Domain.Treaty;
using static AttBot.Cards.CardElements;

namespace AttBot.Cards;

/// <summary>The regional picture: one region or group with its states still to reach, and the world table.</summary>
public static class RegionCards
{
    public static JsonObject Region(RegionFigures f, RegionOutreach outreach, DateOnly currentTo)
    {
        var body = new List<JsonNode>
        {
            Heading(f.Name),
            Text(f.Kind, subtle: true, spacing: "None"),
            Facts([
                ("States", f.States.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("States Parties", Share(f, f.Parties)),
                ("Signatories", Share(f, f.Signatories)),
                ("Neither", Share(f, f.Neither)),
            ]),
        };
        if (f.SignatoriesToReach.Count + f.NeitherToReach.Count == 0)
            body.Add(Text("Every state here is a State Party.", spacing: "Small"));
        if (f.SignatoriesToReach.Count > 0)
            body.Add(Text($"**Signatories, not yet party ({f.SignatoriesToReach.Count})**: {Names(f.SignatoriesToReach)}", spacing: "Small"));
        if (f.NeitherToReach.Count > 0)
            body.Add(Text($"**Neither signed nor joined ({f.NeitherToReach.Count})**: {Names(f.NeitherToReach)}", spacing: "Small"));
        body.Add(Text(OutreachText(outreach), spacing: "Small"));
        body.Add(Footer(currentTo));
        return Card(PlainText(f, outreach, currentTo), body, [CommandButton("World table", "region")]);
    }

    /// <summary>"Outreach planned in the next 90 days: 3 registrations reaching 5 states (next on 10 March 2027)."</summary>
    public static string OutreachText(RegionOutreach o) => o switch
    {
        { Plans: 0 } => $"No outreach planned in the next {o.Days} days.",
        _ => $"Outreach planned in the next {o.Days} days: {Count(o.Plans, "registration")} reaching {Count(o.States, "state")}" +
             (o.NextStart is { } next ? $" (next on {StatusWording.Date(next)})." : "."),
    };

    public static JsonObject World(WorldFigures w, DateOnly currentTo)
    {
        var body = new List<JsonNode>
        {
            Heading("The Arms Trade Treaty worldwide"),
            Text(Summary(w.World), weight: "Bolder", spacing: "None"),
            Text("By region", weight: "Bolder", spacing: "Medium"),
            Facts(w.Regions.Select(r => (r.Name, Line(r)))),
            Text("By UN regional group", weight: "Bolder", spacing: "Medium"),
            Facts(w.Groups.Select(g => (g.Name, Line(g)))),
            Text("Type **region** and a name for its non-parties and planned outreach: **region Oceania**, **region Caribbean**, **region African States**.", spacing: "Small"),
            Footer(currentTo),
        };
        var text = string.Join("\n", new[] { $"World: {Summary(w.World)}" }.Concat(w.Regions.Concat(w.Groups).Select(r => $"{r.Name}: {Line(r)}")));
        return Card(text, body, w.Regions.Take(5).Select(r => (JsonNode)CommandButton(r.Name, $"region {r.Name}")));
    }

    /// <summary>"I don't know the region X — did you mean A, B or C?", with a button for each.</summary>
    public static JsonObject UnknownRegion(string input, IReadOnlyList<string> suggestions) => Card(
        UnknownRegionText(input, suggestions),
        [Text(UnknownRegionText(input, suggestions)), ActionSet(suggestions.Select(s => (JsonNode)CommandButton(s, $"region {s}")))]);

    public static string UnknownRegionText(string input, IReadOnlyList<string> suggestions)
    {
        var shown = input.Length <= 60 ? input : input[..60] + "…";
        return suggestions.Count == 0
            ? $"I don't know the region “{shown}”. Type **region** for the list."
            : $"I don't know the region “{shown}” — did you mean {string.Join(", ", suggestions.Take(suggestions.Count - 1))}{(suggestions.Count > 1 ? " or " : "")}{suggestions[^1]}?";
    }

    /// <summary>"118 of 196 states are States Parties (60%), 25 signatories (13%), 53 neither (27%)".</summary>
    internal static string Summary(RegionFigures f) =>
        $"{f.Parties} of {f.States} states {(f.Parties == 1 ? "is a State Party" : "are States Parties")} ({f.PartiesPercent}%); " +
        $"{Signatories(f.Signatories)} ({f.SignatoriesPercent}%); {f.Neither} neither ({f.NeitherPercent}%).";

    internal static string Line(RegionFigures f) =>
        $"{f.Parties}/{f.States} parties ({f.PartiesPercent}%) · {Signatories(f.Signatories)} ({f.SignatoriesPercent}%) · {f.Neither} neither";

    internal static string Signatories(int n) => ReportCards.Plural(n, "signatory", "signatories");

    internal static string Share(RegionFigures f, int count) => $"{count} ({f.Percent(count)}%)";

    /// <summary>"12 states · 5 (42%) States Parties · 3 (25%) signatories · 4 (33%) neither": a region at a glance, on every channel.</summary>
    internal static string Picture(RegionFigures f) =>
        $"{f.States} states · {Share(f, f.Parties)} States Parties · {Share(f, f.Signatories)} {(f.Signatories == 1 ? "signatory" : "signatories")} · {Share(f, f.Neither)} neither";

    private static string Names(IEnumerable<Country> countries) => string.Join(", ", countries.Select(c => c.Name));

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static JsonObject Footer(DateOnly currentTo) =>
        Text($"Data current to {StatusWording.Date(currentTo)} · Source: UN Treaty Collection (XXVI-8), regions: UN Statistics Division", size: "Small", subtle: true, separator: true);

    internal static string PlainText(RegionFigures f, RegionOutreach outreach, DateOnly currentTo)
    {
        var lines = new List<string> { $"{f.Name} ({f.Kind}): {Summary(f)}" };
        if (f.SignatoriesToReach.Count > 0)
            lines.Add($"Signatories, not yet party: {Names(f.SignatoriesToReach)}");
        if (f.NeitherToReach.Count > 0)
            lines.Add($"Neither signed nor joined: {Names(f.NeitherToReach)}");
        lines.Add(OutreachText(outreach));
        lines.Add($"Data current to {StatusWording.Date(currentTo)}");
        return string.Join("\n", lines);
    }
}
