using System.Text.Json.Nodes;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Priorities;
using static AttBot.Cards.CardElements;

namespace AttBot.Cards;

/// <summary>Tiers, declared intentions and gaps: for the Secretariat and champions only, so every card says so.</summary>
public static class PriorityCards
{
    public static JsonObject ForCountry(Country country, PriorityTier tier, IReadOnlyList<DeclaredIntention> intentions, string? note, Language language = Language.English)
    {
        var name = PlaceNames.State(country, language);
        var body = new List<JsonNode> { Heading(PrioritySentences.StateHeading(name, language)) };
        if (note is not null)
            body.Add(Text(note, weight: "Bolder", color: CardColors.Positive));
        body.Add(Facts(PriorityLines.Facts(country, tier, language)));
        body.Add(Text(PrioritySentences.DeclaredIntentions(language), weight: "Bolder", separator: true));
        if (intentions.Count == 0)
            body.Add(Text(PrioritySentences.NoIntentions(country.Name, language), size: "Small", subtle: true));
        foreach (var i in intentions.Take(10))
            body.Add(Text($"**{Formats.Date(i.DeclaredOn, language)}** · {i.Where}: {i.Statement}", size: "Small", spacing: "Small"));
        body.Add(Text(PrioritySentences.Confidential(language), size: "Small", subtle: true, separator: true));
        return Card(PrioritySentences.StateSummary(name, tier, intentions.Count, language), body);
    }

    public static JsonObject Listing(string scope, IReadOnlyList<(Country Country, PriorityTier Tier, DeclaredIntention? Latest, int Planned)> rows, int tier4Count, int days,
        Language language = Language.English)
    {
        var body = new List<JsonNode> { Heading(PrioritySentences.ListingHeading(scope, language)) };
        if (rows.Count == 0)
            body.Add(Text(PrioritySentences.NoneRanked(language), subtle: true));
        foreach (var group in rows.GroupBy(r => r.Tier))
        {
            body.Add(Text(PrioritySentences.Tier(group.Key, language), weight: "Bolder", separator: true));
            foreach (var r in group)
                body.Add(Text($"**{PlaceNames.State(r.Country, language)}** {PriorityLines.Row(r.Country, r.Planned, r.Latest, days, language)}", size: "Small", spacing: "None"));
        }
        if (tier4Count > 0)
            body.Add(Text(PrioritySentences.OthersInTier4(tier4Count, language), size: "Small", subtle: true));
        body.Add(Text(PrioritySentences.Confidential(language), size: "Small", subtle: true, separator: true));
        return Card(PrioritySentences.ListingSummary(scope, rows.Count, language), body);
    }

    public static JsonObject Gaps(string scope, IReadOnlyList<Gap> gaps, int days, IReadOnlyList<RegionFigures>? pictures = null, Language language = Language.English)
    {
        var body = new List<JsonNode> { Heading(PrioritySentences.GapsHeading(scope, language)) };
        foreach (var f in pictures ?? [])
            body.Add(Text($"**{RegionWords.Name(f, language)}**{StatusSentences.Colon(language)} {RegionWords.Picture(f, language)}", size: "Small", spacing: "Small"));
        body.Add(Text(PrioritySentences.GapsHorizon(days, language), subtle: true, spacing: pictures is { Count: > 0 } ? "Medium" : "None"));
        if (gaps.Count == 0)
            body.Add(Text(PrioritySentences.NoGaps(days, language), color: CardColors.Positive));
        foreach (var gap in gaps)
            body.Add(Text($"**{PlaceNames.State(gap.Country, language)}** {PriorityLines.GapLine(gap, language)}", size: "Small", spacing: "Small"));
        body.Add(Text(PrioritySentences.Confidential(language), size: "Small", subtle: true, separator: true));
        return Card(PrioritySentences.GapsSummary(scope, gaps.Count, days, language), body,
            gaps.Count > 0 ? [.. PriorityLines.RegisterButtons(gaps, language).Select(b => CommandButton(b.Title, b.Command))] : null);
    }
}
