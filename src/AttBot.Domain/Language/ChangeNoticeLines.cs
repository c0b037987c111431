using AttBot.Domain.Outreach;
using Words = AttBot.Domain.Language.RegistrationCardWords;
using static AttBot.Domain.Language.OutreachLines;

namespace AttBot.Domain.Language;

/// <summary>A change notice (a registration in a possible duplication moved or cancelled) told in lines, the same on Teams and Slack.</summary>
public static class ChangeNoticeLines
{
    /// <summary>
    /// The words of a change notice (a registration in a possible duplication moved or cancelled), for one reader: the
    /// other organizer reads about their own registrations ("your visit OR-0005"), a champion or the Secretariat's
    /// conversation about every one; a registration the reader may not see in detail is told only by its shared states
    /// and dates, as in a heads-up. The one place these sentences live: the Adaptive Card and Block Kit only lay them out,
    /// the lines written for <paramref name="style"/> (escaped for Slack, with the way to reach the other organizer).
    /// </summary>
    public static (string Heading, IReadOnlyList<string> Lines) For(OutreachChange change, Viewer reader, Func<string, string> countryName,
        LinkStyle style = LinkStyle.Plain, Language language = Language.English)
    {
        if (reader.IsOrganizerOf(change.Before) && !change.ByOrganizer)
            return ChangedForYou(change, reader, countryName, style, language);
        var mine = change.OverlapsOf(reader);
        var overlaps = mine.Count > 0 ? mine : change.Overlaps;
        var plan = change.Before;
        var seen = reader.CanSeeDetailsOf(plan);
        var id = seen ? plan.PublicId : null;
        var states = StateLine(overlaps.SelectMany(o => o.SharedCountries).Distinct().Order(StringComparer.Ordinal).ToList(), countryName, language: language);
        var window = Words.Window(plan.Window, language);
        var lines = new List<string>();

        if (change.Kind == ChangeKind.Cancelled)
        {
            lines.Add(NoticeWords.Cancelled(NoticeWords.CancelledSubject(id, states, window, language),
                ListWords.And(overlaps.Select(o => Reference(o.Other, reader, language)), language), !change.ByOrganizer, language));
            return (NoticeWords.ChangeHeading(id, cancelled: true, language), EscapedFor(style, lines));
        }

        var movedTo = change.MovedTo!;
        var organization = change.ByOrganizer ? (seen ? plan.Organization : NoticeWords.AnotherStakeholder(language)) : null;
        var head = NoticeWords.MovedHead(organization, id, states, window, Words.Window(movedTo, language), language);
        var clauses = overlaps.Select(o => Clause(o, movedTo, reader, countryName, language)).ToList();
        if (clauses.Count == 1)
            lines.Add(NoticeWords.MovedWithOne(head, clauses[0], language));
        else
        {
            lines.Add($"{head}.");
            lines.AddRange(clauses.Select(c => $"{char.ToUpperInvariant(c[0])}{c[1..]}."));
        }
        lines = EscapedFor(style, lines);
        // A new overlap with the reader's own registration: the heads-up's own words about the other side, and whom to coordinate with.
        var moved = plan with { Window = movedTo };
        foreach (var entered in mine.Where(o => o.Entered))
            lines.AddRange(OtherSide(new Conflict(entered.Other, moved, entered.SharedCountries, ConflictKind.PossibleDuplication), moved, reader, countryName, style, language));
        return (NoticeWords.ChangeHeading(id, cancelled: false, language), lines);
    }

    /// <summary>
    /// The organizer reads that the Secretariat moved or cancelled their own registration: what changed, where it now
    /// stands to the registrations it may duplicate, and whom to coordinate with about a new one.
    /// </summary>
    private static (string Heading, IReadOnlyList<string> Lines) ChangedForYou(OutreachChange change, Viewer reader, Func<string, string> countryName,
        LinkStyle style, Language language)
    {
        var plan = change.Before;
        var yours = $"{DuplicationWords.Yours(plan.Kind, language)} {plan.PublicId} ({StateLine(plan.Countries, countryName, plan.Region, language)})";
        var window = Words.Window(plan.Window, language);
        var lines = new List<string>();
        if (change.MovedTo is not { } movedTo)
        {
            lines.Add(NoticeWords.SecretariatCancelledYours(yours, window, language));
            if (change.Overlaps.Count > 0)
                lines.Add(NoticeWords.CouldHaveDuplicated(ListWords.And(change.Overlaps.Select(o => Reference(o.Other, reader, language)), language), language));
        }
        else
        {
            lines.Add(NoticeWords.SecretariatMovedYours(yours, window, Words.Window(movedTo, language), language));
            lines.AddRange(change.Overlaps.Select(o => NoticeWords.NowStands(Clause(o, movedTo, reader, countryName, language), language)));
        }
        lines = EscapedFor(style, lines);
        lines.AddRange(change.Overlaps.Where(o => o.Entered).Select(o => DuplicationWords.Coordinate(o.Other, reader, style, language)));
        return (NoticeWords.ChangedBySecretariatHeading(plan.PublicId, cancelled: change.MovedTo is null, language), lines);
    }

    /// <summary>Where the moved registration now stands to one other: "the day after your visit OR-0005 (Tonga)", "no longer overlapping …".</summary>
    private static string Clause(ChangedOverlap overlap, DateWindow movedTo, Viewer reader, Func<string, string> countryName, Language language)
    {
        var other = $"{Reference(overlap.Other, reader, language)} ({StateLine(overlap.SharedCountries, countryName, language: language)})";
        var where = Proximity.Of(overlap.Other.Window, movedTo).Describe(other, language);
        var stands = overlap.Left ? NoticeWords.Overlap.Left : overlap.Entered ? NoticeWords.Overlap.Entered : NoticeWords.Overlap.Kept;
        return NoticeWords.Stands(stands, other, where, language);
    }

    /// <summary>The other registration as the reader may name it: "your visit OR-0005", "OR-0005 (Ben Okafor (Control Arms))", or anonymous.</summary>
    private static string Reference(OutreachPlan plan, Viewer reader, Language language) =>
        reader.IsOrganizerOf(plan) ? $"{DuplicationWords.Yours(plan.Kind, language)} {plan.PublicId}"
        : reader.CanSeeDetailsOf(plan) ? $"{plan.PublicId} ({Who(plan, language)})"
        : NoticeWords.AnotherStakeholders(Words.Window(plan.Window, language), language);
}
