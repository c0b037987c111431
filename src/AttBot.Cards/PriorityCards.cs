using System.Globalization;
using System.Text.Json.Nodes;
using AttBot.Domain.Countries;
using AttBot.Domain.Priorities;
using AttBot.Domain.Treaty;
using static AttBot.Cards.CardElements;

namespace AttBot.Cards;

/// <summary>Tiers, declared intentions and gaps: for the Secretariat and champions only, so every card says so.</summary>
public static class PriorityCards
{
    internal const string Confidential = "Confidential: for the ATT Secretariat and regional champions. Do not share.";

    public static JsonObject ForCountry(Country country, PriorityTier tier, IReadOnlyList<DeclaredIntention> intentions, string? note)
    {
        var body = new List<JsonNode> { Heading($"{country.Name}: priorities") };
        if (note is not null)
            body.Add(Text(note, weight: "Bolder", color: CardColors.Positive));
        body.Add(Facts([("Status", StatusWording.Describe(country.Status)), ("Priority", PriorityWords.Describe(tier))]));
        body.Add(Text("Declared intentions", weight: "Bolder", separator: true));
        if (intentions.Count == 0)
            body.Add(Text($"None recorded. Add one with **intention {country.Name} *date* at *where*: *what was said***.", size: "Small", subtle: true));
        foreach (var i in intentions.Take(10))
            body.Add(Text($"**{StatusWording.Date(i.DeclaredOn)}** · {i.Where}: {i.Statement}", size: "Small", spacing: "Small"));
        body.Add(Text(Confidential, size: "Small", subtle: true, separator: true));
        return Card($"{country.Name}: {PriorityWords.Describe(tier)}. {intentions.Count} declared intentions.", body);
    }

    public static JsonObject Listing(string scope, IReadOnlyList<(Country Country, PriorityTier Tier, DeclaredIntention? Latest, int Planned)> rows, int tier4Count, int days)
    {
        var body = new List<JsonNode> { Heading($"Priorities: {scope}") };
        if (rows.Count == 0)
            body.Add(Text("No state here is in tiers 1 to 3 yet. Set one with **priority *state* *tier***, e.g. **priority Angola 1**.", subtle: true));
        foreach (var group in rows.GroupBy(r => r.Tier))
        {
            body.Add(Text(PriorityWords.Describe(group.Key), weight: "Bolder", separator: true));
            foreach (var r in group)
            {
                var planned = PriorityWords.PlannedWithin(r.Planned, days);
                var said = PriorityWords.Said(r.Latest);
                body.Add(Text($"**{r.Country.Name}** ({StatusWording.Describe(r.Country.Status)}) · {planned}{said}", size: "Small", spacing: "None"));
            }
        }
        if (tier4Count > 0)
            body.Add(Text($"{tier4Count.ToString(CultureInfo.InvariantCulture)} other non-parties are in tier 4 (all others).", size: "Small", subtle: true));
        body.Add(Text(Confidential, size: "Small", subtle: true, separator: true));
        return Card($"Priorities, {scope}: {rows.Count} states in tiers 1 to 3.", body);
    }

    public static JsonObject Gaps(string scope, IReadOnlyList<Gap> gaps, int days, IReadOnlyList<RegionFigures>? pictures = null)
    {
        var body = new List<JsonNode> { Heading($"Gaps: {scope}") };
        foreach (var f in pictures ?? [])
            body.Add(Text($"**{f.Name}**: {RegionCards.Picture(f)}", size: "Small", spacing: "Small"));
        body.Add(Text($"Tier 1 to 3 states with no outreach planned in the next {days} days.", subtle: true, spacing: pictures is { Count: > 0 } ? "Medium" : "None"));
        if (gaps.Count == 0)
            body.Add(Text(PriorityWords.NoGaps(days), color: CardColors.Positive));
        foreach (var gap in gaps)
        {
            var said = PriorityWords.Said(gap.LatestIntention);
            body.Add(Text($"**{gap.Country.Name}** · tier {(int)gap.Tier} · {StatusWording.Describe(gap.Country.Status)}{said}", size: "Small", spacing: "Small"));
        }
        body.Add(Text(Confidential, size: "Small", subtle: true, separator: true));
        return Card($"Gaps, {scope}: {gaps.Count} priority states with no outreach planned in {days} days.", body,
            gaps.Count > 0 ? [CommandButton("Register outreach", "register")] : null);
    }
}
