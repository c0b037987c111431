using System.Text.Json.Nodes;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Priorities;
using static AttBot.Cards.BlockKit.Blocks;

namespace AttBot.Cards.BlockKit;

/// <summary>Tiers, declared intentions and gaps on Slack, worded as PriorityCards: confidential, and every message says so.</summary>
public static class SlackPriorities
{
    public static JsonObject ForCountry(Country country, PriorityTier tier, IReadOnlyList<DeclaredIntention> intentions, string? note, Language language = Language.English)
    {
        var name = PlaceNames.State(country, language);
        var blocks = new List<JsonNode> { Header(PrioritySentences.StateHeading(name, language)) };
        if (note is not null)
            blocks.Add(Section("✅ " + Mrkdwn.Bold(note)));
        blocks.Add(Fields(PriorityLines.Facts(country, tier, language)));
        var said = intentions.Count == 0
            ? Mrkdwn.From(PrioritySentences.NoIntentions(country.Name, language))
            : string.Join("\n", intentions.Take(10).Select(i => $"*{Formats.Date(i.DeclaredOn, language)}* · {Mrkdwn.Escape($"{i.Where}: {i.Statement}")}"));
        blocks.Add(Section(Mrkdwn.Bold(PrioritySentences.DeclaredIntentions(language)) + "\n" + said));
        blocks.Add(Context(PrioritySentences.Confidential(language)));
        return Message(PrioritySentences.StateSummary(name, tier, intentions.Count, language), blocks);
    }

    public static JsonObject Listing(string scope, IReadOnlyList<(Country Country, PriorityTier Tier, DeclaredIntention? Latest, int Planned)> rows, int tier4Count, int days,
        Language language = Language.English)
    {
        var blocks = new List<JsonNode> { Header(PrioritySentences.ListingHeading(scope, language)) };
        if (rows.Count == 0)
            blocks.Add(Section(Mrkdwn.From(PrioritySentences.NoneRanked(language))));
        // One section per tier: three tiers at most, each cut to Slack's size, so a long list never breaks the message.
        foreach (var group in rows.GroupBy(r => r.Tier))
            blocks.Add(Section(Mrkdwn.Bold(PrioritySentences.Tier(group.Key, language)) + "\n" + string.Join("\n", group.Select(r =>
                $"{Mrkdwn.Bold(PlaceNames.State(r.Country, language))} {Mrkdwn.Escape(PriorityLines.Row(r.Country, r.Planned, r.Latest, days, language))}"))));
        if (tier4Count > 0)
            blocks.Add(Context(PrioritySentences.OthersInTier4(tier4Count, language)));
        blocks.Add(Context(PrioritySentences.Confidential(language)));
        return Message(PrioritySentences.ListingSummary(scope, rows.Count, language), blocks);
    }

    public static JsonObject Gaps(string scope, IReadOnlyList<Gap> gaps, int days, IReadOnlyList<RegionFigures>? pictures = null, Language language = Language.English)
    {
        var blocks = new List<JsonNode> { Header(PrioritySentences.GapsHeading(scope, language)) };
        foreach (var f in pictures ?? [])
            blocks.Add(Section(Mrkdwn.Escape(RegionWords.Colon(RegionWords.Name(f, language), RegionWords.Picture(f, language), language))));
        blocks.Add(Context(PrioritySentences.GapsHorizon(days, language)));
        if (gaps.Count == 0)
            blocks.Add(Section(PrioritySentences.NoGaps(days, language)));
        // Every gap on its own line, as many lines to a section as Slack's 3,000 characters allow.
        var lines = gaps.Select(gap => $"{Mrkdwn.Bold(PlaceNames.State(gap.Country, language))} {Mrkdwn.Escape(PriorityLines.GapLine(gap, language))}");
        var section = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (section.Length + line.Length + 1 > 2900)
            {
                blocks.Add(Section(section.ToString()));
                section.Clear();
            }
            section.Append(section.Length == 0 ? "" : "\n").Append(line);
        }
        if (section.Length > 0)
            blocks.Add(Section(section.ToString()));
        blocks.Add(Context(PrioritySentences.Confidential(language)));
        if (gaps.Count > 0)
            blocks.Add(Actions([.. PriorityLines.RegisterButtons(gaps, language)
                .Select((b, i) => Button(b.Title, SlackActions.WithSuffix(SlackActions.OpenRegistration, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), b.Command))]));
        return Message(PrioritySentences.GapsSummary(scope, gaps.Count, days, language), blocks);
    }
}
