using System.Globalization;
using System.Text.Json.Nodes;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using static AttBot.Cards.BlockKit.Blocks;

namespace AttBot.Cards.BlockKit;

/// <summary>The regional picture on Slack: the same figures and wording as RegionCards, as Block Kit.</summary>
public static class SlackRegions
{
    public static JsonObject Region(RegionFigures f, RegionOutreach outreach, DateOnly currentTo, Language language = Language.English)
    {
        var blocks = new List<JsonNode>
        {
            Header(RegionWords.Name(f, language)),
            Context(Mrkdwn.Escape(RegionWords.Kind(f.Kind, language))),
            Fields([
                (RegionWords.Label(RegionWords.Figure.States, language), Formats.Number(f.States, language)),
                (RegionWords.Label(RegionWords.Figure.Parties, language), RegionCards.Share(f, f.Parties, language)),
                (RegionWords.Label(RegionWords.Figure.Signatories, language), RegionCards.Share(f, f.Signatories, language)),
                (RegionWords.Label(RegionWords.Figure.Neither, language), RegionCards.Share(f, f.Neither, language)),
            ]),
        };
        if (f.SignatoriesToReach.Count + f.NeitherToReach.Count == 0)
            blocks.Add(Section(RegionWords.AllParties(language)));
        if (f.SignatoriesToReach.Count > 0)
            blocks.Add(Section(Mrkdwn.From(RegionCards.ToReach(RegionWords.SignatoriesToReach(language), f.SignatoriesToReach, language, bold: true))));
        if (f.NeitherToReach.Count > 0)
            blocks.Add(Section(Mrkdwn.From(RegionCards.ToReach(RegionWords.NeitherToReach(language), f.NeitherToReach, language, bold: true))));
        blocks.Add(Section(Mrkdwn.Escape(RegionCards.OutreachText(outreach, language))));
        blocks.Add(Context(Mrkdwn.Escape(RegionWords.Footer(currentTo, language))));
        blocks.Add(Actions([Button(RegionWords.WorldTable(language), SlackActions.Command, "region")]));
        return Message(RegionCards.PlainText(f, outreach, currentTo, language), blocks);
    }

    public static JsonObject World(WorldFigures w, DateOnly currentTo, Language language = Language.English)
    {
        var blocks = new List<JsonNode>
        {
            Header(RegionWords.WorldHeading(language)),
            Section(Mrkdwn.Bold(RegionWords.Summary(w.World, language))),
            Section(Mrkdwn.Bold(RegionWords.ByRegion(language)) + "\n" + Lines(w.Regions, language)),
            Section(Mrkdwn.Bold(RegionWords.ByGroup(language)) + "\n" + Lines(w.Groups, language)),
            Section(Mrkdwn.From(RegionWords.WorldHint(language))),
            Context(Mrkdwn.Escape(RegionWords.Footer(currentTo, language))),
            Actions(w.Regions.Take(5).Select((r, i) => Button(RegionWords.Name(r, language),
                SlackActions.WithSuffix(SlackActions.Command, i.ToString(CultureInfo.InvariantCulture)), $"region {r.Name}"))),
        };
        return Message(RegionCards.WorldText(w, language), blocks);
    }

    /// <summary>"I don't know the region X — did you mean A, B or C?", with a button for each.</summary>
    public static JsonObject UnknownRegion(string input, IReadOnlyList<string> suggestions, Language language = Language.English)
    {
        var text = RegionCards.UnknownRegionText(input, suggestions, language);
        var blocks = new List<JsonNode> { Section(Mrkdwn.From(text)) };
        if (suggestions.Count > 0)
            blocks.Add(Actions(suggestions.Select((s, i) => Button(PlaceNames.Region(s, language),
                SlackActions.WithSuffix(SlackActions.Command, i.ToString(CultureInfo.InvariantCulture)), $"region {s}"))));
        return Message(Plain(text), blocks);
    }

    private static string Lines(IEnumerable<RegionFigures> figures, Language language) => string.Join("\n", figures.Select(r =>
        RegionWords.Colon(Mrkdwn.Bold(RegionWords.Name(r, language)), Mrkdwn.Escape(RegionWords.Line(r, language)), language)));
}
