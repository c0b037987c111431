using System.Globalization;
using System.Text.Json.Nodes;
using AttBot.Domain.Countries;
using AttBot.Domain.Priorities;
using AttBot.Domain.Treaty;
using static AttBot.Cards.BlockKit.Blocks;

namespace AttBot.Cards.BlockKit;

/// <summary>Tiers, declared intentions and gaps on Slack, worded as PriorityCards: confidential, and every message says so.</summary>
public static class SlackPriorities
{
    public static JsonObject ForCountry(Country country, PriorityTier tier, IReadOnlyList<DeclaredIntention> intentions, string? note)
    {
        var blocks = new List<JsonNode> { Header($"{country.Name}: priorities") };
        if (note is not null)
            blocks.Add(Section("✅ " + Mrkdwn.Bold(note)));
        blocks.Add(Fields([("Status", StatusWording.Describe(country.Status)), ("Priority", PriorityWords.Describe(tier))]));
        var said = intentions.Count == 0
            ? Mrkdwn.Escape($"None recorded. Add one with intention {country.Name} <date> at <where>: <what was said>.")
            : string.Join("\n", intentions.Take(10).Select(i => $"*{StatusWording.Date(i.DeclaredOn)}* · {Mrkdwn.Escape($"{i.Where}: {i.Statement}")}"));
        blocks.Add(Section("*Declared intentions*\n" + said));
        blocks.Add(Context(PriorityCards.Confidential));
        return Message($"{country.Name}: {PriorityWords.Describe(tier)}. {intentions.Count} declared intentions.", blocks);
    }

    public static JsonObject Listing(string scope, IReadOnlyList<(Country Country, PriorityTier Tier, DeclaredIntention? Latest, int Planned)> rows, int tier4Count, int days)
    {
        var blocks = new List<JsonNode> { Header($"Priorities: {scope}") };
        if (rows.Count == 0)
            blocks.Add(Section(Mrkdwn.Escape("No state here is in tiers 1 to 3 yet. Set one with priority <state> <tier>.")));
        // One section per tier: three tiers at most, each cut to Slack's size, so a long list never breaks the message.
        foreach (var group in rows.GroupBy(r => r.Tier))
            blocks.Add(Section(Mrkdwn.Bold(PriorityWords.Describe(group.Key)) + "\n" + string.Join("\n", group.Select(r =>
            {
                var planned = PriorityWords.PlannedWithin(r.Planned, days);
                var said = PriorityWords.Said(r.Latest);
                return $"{Mrkdwn.Bold(r.Country.Name)} {Mrkdwn.Escape($"({StatusWording.Describe(r.Country.Status)}) · {planned}{said}")}";
            }))));
        if (tier4Count > 0)
            blocks.Add(Context($"{tier4Count.ToString(CultureInfo.InvariantCulture)} other non-parties are in tier 4 (all others)."));
        blocks.Add(Context(PriorityCards.Confidential));
        return Message($"Priorities, {scope}: {rows.Count} states in tiers 1 to 3.", blocks);
    }

    public static JsonObject Gaps(string scope, IReadOnlyList<Gap> gaps, int days, IReadOnlyList<RegionFigures>? pictures = null)
    {
        var blocks = new List<JsonNode> { Header($"Gaps: {scope}") };
        foreach (var f in pictures ?? [])
            blocks.Add(Section(Mrkdwn.Escape($"{f.Name}: {RegionCards.Picture(f)}")));
        blocks.Add(Context($"Tier 1 to 3 states with no outreach planned in the next {days} days."));
        if (gaps.Count == 0)
            blocks.Add(Section(PriorityWords.NoGaps(days)));
        // Every gap on its own line, as many lines to a section as Slack's 3,000 characters allow.
        var lines = gaps.Select(gap =>
        {
            var said = PriorityWords.Said(gap.LatestIntention);
            return $"{Mrkdwn.Bold(gap.Country.Name)} {Mrkdwn.Escape($"· tier {(int)gap.Tier} · {StatusWording.Describe(gap.Country.Status)}{said}")}";
        });
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
        blocks.Add(Context(PriorityCards.Confidential));
        if (gaps.Count > 0)
            blocks.Add(Actions([Button("Register outreach", SlackActions.OpenRegistration, "register")]));
        return Message($"Gaps, {scope}: {gaps.Count} priority states with no outreach planned in {days} days.", blocks);
    }
}
