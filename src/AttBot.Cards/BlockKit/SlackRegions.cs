using System.Globalization;
using System.Text.Json.Nodes;
using AttBot.Domain.Countries;
using AttBot.Domain.Outreach;
using AttBot.Domain.Treaty;
using static AttBot.Cards.BlockKit.Blocks;

namespace AttBot.Cards.BlockKit;

/// <summary>The regional picture on Slack: the same figures and wording as RegionCards, as Block Kit.</summary>
public static class SlackRegions
{
    public static JsonObject Region(RegionFigures f, RegionOutreach outreach, DateOnly currentTo)
    {
        var blocks = new List<JsonNode>
        {
            Header(f.Name),
            Context(Mrkdwn.Escape(f.Kind)),
            Fields([
                ("States", f.States.ToString(CultureInfo.InvariantCulture)),
                ("States Parties", RegionCards.Share(f, f.Parties)),
                ("Signatories", RegionCards.Share(f, f.Signatories)),
                ("Neither", RegionCards.Share(f, f.Neither)),
            ]),
        };
        if (f.SignatoriesToReach.Count + f.NeitherToReach.Count == 0)
            blocks.Add(Section("Every state here is a State Party."));
        if (f.SignatoriesToReach.Count > 0)
            blocks.Add(Section($"*Signatories, not yet party ({f.SignatoriesToReach.Count})*: {Names(f.SignatoriesToReach)}"));
        if (f.NeitherToReach.Count > 0)
            blocks.Add(Section($"*Neither signed nor joined ({f.NeitherToReach.Count})*: {Names(f.NeitherToReach)}"));
        blocks.Add(Section(Mrkdwn.Escape(RegionCards.OutreachText(outreach))));
        blocks.Add(Context(Footer(currentTo)));
        blocks.Add(Actions([Button("World table", SlackActions.Command, "region")]));
        return Message(RegionCards.PlainText(f, outreach, currentTo), blocks);
    }

    public static JsonObject World(WorldFigures w, DateOnly currentTo)
    {
        var blocks = new List<JsonNode>
        {
            Header("The Arms Trade Treaty worldwide"),
            Section(Mrkdwn.Bold(RegionCards.Summary(w.World))),
            Section("*By region*\n" + Lines(w.Regions)),
            Section("*By UN regional group*\n" + Lines(w.Groups)),
            Section(Mrkdwn.From("Type **region** and a name for its non-parties and planned outreach: **region Oceania**, **region Caribbean**, **region African States**.")),
            Context(Footer(currentTo)),
            Actions(w.Regions.Take(5).Select((r, i) => Button(r.Name, SlackActions.WithSuffix(SlackActions.Command, i.ToString(CultureInfo.InvariantCulture)), $"region {r.Name}"))),
        };
        var text = string.Join("\n", new[] { $"World: {RegionCards.Summary(w.World)}" }.Concat(w.Regions.Concat(w.Groups).Select(r => $"{r.Name}: {RegionCards.Line(r)}")));
        return Message(text, blocks);
    }

    /// <summary>"I don't know the region X — did you mean A, B or C?", with a button for each.</summary>
    public static JsonObject UnknownRegion(string input, IReadOnlyList<string> suggestions)
    {
        var text = RegionCards.UnknownRegionText(input, suggestions);
        var blocks = new List<JsonNode> { Section(Mrkdwn.From(text)) };
        if (suggestions.Count > 0)
            blocks.Add(Actions(suggestions.Select((s, i) => Button(s, SlackActions.WithSuffix(SlackActions.Command, i.ToString(CultureInfo.InvariantCulture)), $"region {s}"))));
        return Message(Plain(text), blocks);
    }

    private static string Lines(IEnumerable<RegionFigures> figures) =>
        string.Join("\n", figures.Select(r => $"{Mrkdwn.Bold(r.Name)}: {Mrkdwn.Escape(RegionCards.Line(r))}"));

    private static string Names(IEnumerable<Country> countries) => Mrkdwn.Escape(string.Join(", ", countries.Select(c => c.Name)));

    private static string Footer(DateOnly currentTo) =>
        $"Data current to {StatusWording.Date(currentTo)} · Source: UN Treaty Collection (XXVI-8), regions: UN Statistics Division";
}
