using System.Text.Json.Nodes;
using AttBot.Domain.Outreach;
using static AttBot.Cards.CardElements;
using AttBot.Domain.Language;

namespace AttBot.Cards;

public static partial class OutreachCards
{
    /// <summary>
    /// The words of a change notice (a registration in a possible duplication moved or cancelled), for one reader: the
    /// other organizer reads about their own registrations ("your visit OR-0005"), a champion or the Secretariat's
    /// conversation about every one; a registration the reader may not see in detail is told only by its shared states
    /// and dates, as in a heads-up. The one place these sentences live: the Adaptive Card and Block Kit only lay them out,
    /// the lines written for <paramref name="style"/> (escaped for Slack, with the way to reach the other organizer).
    /// </summary>
    public static (string Heading, IReadOnlyList<string> Lines) ChangeWords(OutreachChange change, Viewer reader, Func<string, string> countryName,
        LinkStyle style = LinkStyle.Plain)
    {
        if (reader.IsOrganizerOf(change.Before) && !change.ByOrganizer)
            return ChangedForYou(change, reader, countryName, style);
        var mine = change.OverlapsOf(reader);
        var overlaps = mine.Count > 0 ? mine : change.Overlaps;
        var plan = change.Before;
        var seen = reader.CanSeeDetailsOf(plan);
        var states = StateLine(overlaps.SelectMany(o => o.SharedCountries).Distinct().Order(StringComparer.Ordinal).ToList(), countryName);
        var lines = new List<string>();

        if (change.Kind == ChangeKind.Cancelled)
        {
            var what = seen ? $"{plan.PublicId} ({states}, {plan.Window})" : $"Another stakeholder's engagement with {states} on {plan.Window}";
            var by = change.ByOrganizer ? "" : " by the ATT Secretariat";
            lines.Add($"{what}, which could have duplicated {ListWords.And(overlaps.Select(o => Reference(o.Other, reader)))}, was cancelled{by}.");
            return (seen ? $"{plan.PublicId} cancelled" : "Overlapping outreach cancelled", style == LinkStyle.Slack ? lines.Select(BlockKit.Mrkdwn.Escape).ToList() : lines);
        }

        var movedTo = change.MovedTo!;
        var head = (seen, change.ByOrganizer) switch
        {
            (true, true) => $"{plan.Organization} moved {plan.PublicId}",
            (true, false) => $"The ATT Secretariat moved {plan.PublicId}",
            (false, true) => $"Another stakeholder moved their engagement with {states}",
            (false, false) => $"The ATT Secretariat moved another stakeholder's engagement with {states}",
        } + $" from {plan.Window} to {movedTo}";
        var clauses = overlaps.Select(o => Clause(o, movedTo, reader, countryName)).ToList();
        if (clauses.Count == 1)
            lines.Add($"{head}, {clauses[0]}.");
        else
        {
            lines.Add($"{head}.");
            lines.AddRange(clauses.Select(c => $"{char.ToUpperInvariant(c[0])}{c[1..]}."));
        }
        if (style == LinkStyle.Slack)
            lines = lines.Select(BlockKit.Mrkdwn.Escape).ToList();
        // A new overlap with the reader's own registration: the heads-up's own words about the other side, and whom to coordinate with.
        var moved = plan with { Window = movedTo };
        foreach (var entered in mine.Where(o => o.Entered))
            lines.AddRange(OtherSide(new Conflict(entered.Other, moved, entered.SharedCountries, ConflictKind.PossibleDuplication), moved, reader, countryName, style));
        return (seen ? $"{plan.PublicId} moved" : "Overlapping outreach moved", lines);
    }

    /// <summary>
    /// The organizer reads that the Secretariat moved or cancelled their own registration: what changed, where it now
    /// stands to the registrations it may duplicate, and whom to coordinate with about a new one.
    /// </summary>
    private static (string Heading, IReadOnlyList<string> Lines) ChangedForYou(OutreachChange change, Viewer reader, Func<string, string> countryName, LinkStyle style)
    {
        var plan = change.Before;
        var yours = $"your {DuplicationWords.ActivityNoun(plan.Kind)} {plan.PublicId} ({StateLine(plan.Countries, countryName, plan.Region)})";
        var lines = new List<string>();
        string heading;
        if (change.MovedTo is not { } movedTo)
        {
            heading = $"{plan.PublicId} cancelled by the ATT Secretariat";
            lines.Add($"The ATT Secretariat cancelled {yours}, planned for {plan.Window}.");
            if (change.Overlaps.Count > 0)
                lines.Add($"It could have duplicated {ListWords.And(change.Overlaps.Select(o => Reference(o.Other, reader)))}.");
        }
        else
        {
            heading = $"{plan.PublicId} moved by the ATT Secretariat";
            lines.Add($"The ATT Secretariat moved {yours} from {plan.Window} to {movedTo}.");
            lines.AddRange(change.Overlaps.Select(o => $"It is now {Clause(o, movedTo, reader, countryName)}."));
        }
        if (style == LinkStyle.Slack)
            lines = lines.Select(BlockKit.Mrkdwn.Escape).ToList();
        lines.AddRange(change.Overlaps.Where(o => o.Entered).Select(o => DuplicationWords.Coordinate(o.Other, reader, style)));
        return (heading, lines);
    }

    /// <summary>Where the moved registration now stands to one other: "the day after your visit OR-0005 (Tonga)", "no longer overlapping …".</summary>
    private static string Clause(ChangedOverlap overlap, DateWindow movedTo, Viewer reader, Func<string, string> countryName)
    {
        var other = $"{Reference(overlap.Other, reader)} ({StateLine(overlap.SharedCountries, countryName)})";
        if (overlap.Left)
            return $"no longer overlapping {other}";
        var where = Proximity.Of(overlap.Other.Window, movedTo).Describe(other);
        return overlap.Entered ? $"{where}, which it could duplicate" : where;
    }

    /// <summary>The other registration as the reader may name it: "your visit OR-0005", "OR-0005 (Ben Okafor (Control Arms))", or anonymous.</summary>
    private static string Reference(OutreachPlan plan, Viewer reader) =>
        reader.IsOrganizerOf(plan) ? $"your {DuplicationWords.ActivityNoun(plan.Kind)} {plan.PublicId}"
        : reader.CanSeeDetailsOf(plan) ? $"{plan.PublicId} ({Who(plan)})"
        : $"another stakeholder's engagement on {plan.Window}";

    /// <summary>A change notice as an Adaptive Card: the heading, then one line per sentence of <see cref="ChangeWords"/>.</summary>
    public static JsonObject ChangeNotice(OutreachChange change, Viewer reader, Func<string, string> countryName)
    {
        var (heading, lines) = ChangeWords(change, reader, countryName, LinkStyle.Teams);
        var body = new List<JsonNode> { Text(heading, size: "Medium", weight: "Bolder", color: CardColors.Caution) };
        body.AddRange(lines.Select((line, i) => (JsonNode)Text(line, spacing: i == 0 ? "Medium" : "Small")));
        return Card($"{heading}. {Sentences(ChangeWords(change, reader, countryName).Lines)}", body);
    }
}
