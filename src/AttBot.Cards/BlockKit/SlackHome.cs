using System.Text.Json.Nodes;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using static AttBot.Cards.BlockKit.Blocks;

namespace AttBot.Cards.BlockKit;

/// <summary>The region on a person's Home tab: why it is theirs, its figures and planned outreach, and its map (null when none could be made).</summary>
public sealed record HomeRegion(PersonRegion Region, RegionFigures Figures, RegionOutreach Outreach, DateOnly CurrentTo, Uri? Map);

/// <summary>
/// AttBot's Home tab in Slack, in the person's language: their registrations, their region's picture (the region
/// card's figures and the map), and for the Secretariat the open conflicts with the alert's own blocks and buttons.
/// Within a Home view's 100 blocks whatever the number of registrations and conflicts.
/// </summary>
public static class SlackHome
{
    /// <summary>At most this many conflicts are shown (four blocks each); a line says how many more wait.</summary>
    public const int MaxConflictsShown = 10;

    /// <param name="openConflicts">The Secretariat's open conflicts and their whole count; null for anyone else, who gets no such section.</param>
    public static JsonObject View(Language language, IReadOnlyList<OutreachPlan> registrations, Viewer viewer, HomeRegion region,
        (IReadOnlyList<RecordedConflict> Conflicts, int Total)? openConflicts, Func<string, string> countryName)
    {
        var blocks = new List<JsonNode>();
        blocks.AddRange(BlocksOf(SlackMessages.OutreachList(HomeWords.Registrations(language), registrations, viewer, countryName, HomeWords.NoRegistrations(language),
            language)));
        blocks.Add(Divider());
        blocks.AddRange(Picture(language, region));
        var regionName = region.Region.Name is { } name ? PlaceNames.Region(name, language) : null;
        var footer = Context(Mrkdwn.From(HomeWords.Help(regionName, language)));

        if (openConflicts is { } open)
        {
            blocks.Add(Divider());
            blocks.Add(Header(HomeWords.OpenConflicts(open.Total, language)));
            if (open.Total == 0)
                blocks.Add(Section(Mrkdwn.Escape(HomeWords.NoOpenConflicts(language))));
            else
            {
                // Room for the line about the others and the footer, whatever came before.
                var room = BlockKitLimits.BlocksPerHome - blocks.Count - 2;
                var shown = 0;
                foreach (var conflict in open.Conflicts.Take(MaxConflictsShown))
                {
                    var alert = BlocksOf(SlackMessages.ConflictAlert(conflict, countryName));
                    if (alert.Count > room)
                        break;
                    blocks.AddRange(alert);
                    room -= alert.Count;
                    shown++;
                }
                if (open.Total > shown)
                    blocks.Add(Context(Mrkdwn.Escape(HomeWords.MoreConflicts(open.Total - shown, language))));
            }
        }
        blocks.Add(footer);
        return new JsonObject
        {
            ["type"] = "home",
            ["blocks"] = new JsonArray(blocks.Take(BlockKitLimits.BlocksPerHome).ToArray()),
        };
    }

    /// <summary>The region card's figures as the person reads them, with the map after the heading.</summary>
    private static List<JsonNode> Picture(Language language, HomeRegion home)
    {
        var f = home.Figures;
        var name = PlaceNames.Region(f.Name, language);
        string Share(int count) => $"{Formats.Number(count, language)} ({Formats.Percent(f.Percent(count), language)})";
        var blocks = new List<JsonNode>
        {
            Header(name),
            Context(Mrkdwn.Escape(HomeWords.Why(home.Region.Reason, language))),
            home.Map is { } map
                ? SlackMaps.Image(map, HomeWords.MapAltText(name, Share(f.Parties), Share(f.Signatories), Share(f.Neither), language), name)
                : Section(Mrkdwn.Escape(HomeWords.MapUnavailable(language))),
            Fields([
                (HomeWords.States(language), Formats.Number(f.States, language)),
                (HomeWords.Parties(language), Share(f.Parties)),
                (HomeWords.Signatories(language), Share(f.Signatories)),
                (HomeWords.Neither(language), Share(f.Neither)),
            ]),
            Section(Mrkdwn.Escape(HomeWords.PlannedOutreach(home.Outreach.Plans, home.Outreach.States, home.Outreach.NextStart, home.Outreach.Days, language))),
            Context(Mrkdwn.Escape(HomeWords.Footer(home.CurrentTo, language))),
        };
        return blocks;
    }

    private static List<JsonNode> BlocksOf(JsonObject message) => (message["blocks"] as JsonArray ?? []).Select(b => b!.DeepClone()).ToList();

    /// <summary>Slack's rules for a Home view, for the fake Web API and the tests.</summary>
    public static IReadOnlyList<string> Check(JsonObject view) => BlockKitLimits.CheckHome(view);
}
