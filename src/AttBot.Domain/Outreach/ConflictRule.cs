namespace AttBot.Domain.Outreach;

/// <summary>Different organizers reaching the same state, or one organizer registering what looks like the same thing twice.</summary>
public enum ConflictKind
{
    /// <summary>Two different organizers: possible duplication, they should coordinate.</summary>
    PossibleDuplication,
    /// <summary>The same organizer twice: "did you already register this?".</summary>
    AlreadyRegistered,
}

/// <summary>A conflict between an earlier registration and a later one, over the states they share.</summary>
public sealed record Conflict(OutreachPlan Earlier, OutreachPlan Later, IReadOnlyList<string> SharedCountries, ConflictKind Kind)
{
    /// <summary>The registration on the other side from <paramref name="plan"/>.</summary>
    public OutreachPlan OtherThan(OutreachPlan plan) => Earlier.Id == plan.Id ? Later : Earlier;
}

/// <summary>
/// The conflict rule of the universalization work plan: two live (planned) registrations conflict when they share a
/// target state and their windows overlap or lie within <c>windowDays</c> days of each other (whole free days between
/// them: touching windows have 0, and a gap of exactly <c>windowDays</c> still conflicts). Done and cancelled
/// registrations never conflict. Same organizer → "did you already register this?"; otherwise possible duplication.
/// </summary>
public static class ConflictRule
{
    public const int DefaultWindowDays = 30;

    /// <summary>The conflict between two plans, whichever was registered first (the earlier id is the conflict's earlier side).</summary>
    public static Conflict? Of(OutreachPlan one, OutreachPlan other, int windowDays) =>
        one.Id < other.Id ? Between(one, other, windowDays) : Between(other, one, windowDays);

    public static Conflict? Between(OutreachPlan earlier, OutreachPlan later, int windowDays)
    {
        if (earlier.Id == later.Id || !earlier.IsLive || !later.IsLive)
            return null;
        if (earlier.Window.GapInDaysTo(later.Window) > windowDays)
            return null;
        var shared = earlier.Countries.Intersect(later.Countries, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        if (shared.Count == 0)
            return null;
        var kind = earlier.Organizer.IsSamePerson(later.Organizer) ? ConflictKind.AlreadyRegistered : ConflictKind.PossibleDuplication;
        return new Conflict(earlier, later, shared, kind);
    }

    /// <summary>The earliest date a conflicting window can end, and the latest it can start, for an indexed search.</summary>
    public static (DateOnly EndsOnOrAfter, DateOnly StartsOnOrBefore) SearchRange(DateWindow window, int windowDays) =>
        (window.Start.AddDays(-windowDays - 1), window.End.AddDays(windowDays + 1));
}
