namespace AttBot.Domain.Outreach;

/// <summary>
/// How another plan's dates stand to one's own: the same days, inside them, partly overlapping, or so many days
/// before or after.
/// </summary>
public enum ProximityKind
{
    SameDates,
    During,
    Overlapping,
    Before,
    After,
}

/// <summary>
/// How close two plans for the same state are, so a possible duplication says "8 days after your visit" or "the same
/// dates" rather than "overlaps" for windows weeks apart. <see cref="Days"/> counts the free days between them (0 when
/// the other starts the day after yours ends), the days they share when they partly overlap, and is 0 for the same
/// dates or a plan inside yours.
/// </summary>
public sealed record Proximity(ProximityKind Kind, int Days)
{
    /// <summary>Where <paramref name="theirs"/> lies, seen from <paramref name="mine"/>.</summary>
    public static Proximity Of(DateWindow mine, DateWindow theirs)
    {
        if (mine.Start == theirs.Start && mine.End == theirs.End)
            return new(ProximityKind.SameDates, 0);
        if (theirs.Start >= mine.Start && theirs.End <= mine.End)
            return new(ProximityKind.During, 0);
        if (mine.Overlaps(theirs))
        {
            var shared = Math.Min(mine.End.DayNumber, theirs.End.DayNumber) - Math.Max(mine.Start.DayNumber, theirs.Start.DayNumber) + 1;
            return new(ProximityKind.Overlapping, shared);
        }
        return theirs.Start > mine.End
            ? new(ProximityKind.After, theirs.Start.DayNumber - mine.End.DayNumber)
            : new(ProximityKind.Before, mine.Start.DayNumber - theirs.End.DayNumber);
    }

    /// <summary>
    /// Seen from the reader's own plan: "the same dates as your visit", "during your visit", "overlapping your visit by
    /// 2 days", "the day after your visit", "8 days after your visit", "3 days before your visit"; in French and Spanish
    /// as <see cref="Language.ProximityWords"/> writes them. <paramref name="yours"/> names the reader's activity in the
    /// same language ("your visit", "votre visite", "su visita").
    /// </summary>
    public string Describe(string yours, Language.Language language = Language.Language.English) =>
        Language.ProximityWords.Describe(this, yours, language);
}
