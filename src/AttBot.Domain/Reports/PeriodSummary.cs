using AttBot.Domain.Outreach;

namespace AttBot.Domain.Reports;

/// <summary>A count under a name: "Asia 12", "Workshop 3".</summary>
public sealed record Tally(string Name, int Count);

/// <summary>
/// The Working Group's figures for a period: activities by region, kind and topic, the states reached, and the conflicts
/// raised and settled. Cancelled registrations are counted apart and reach no one.
/// </summary>
public sealed record PeriodSummary(
    DateWindow Period,
    int Activities,
    int Done,
    int Planned,
    int Cancelled,
    IReadOnlyList<Tally> ByRegion,
    IReadOnlyList<Tally> ByKind,
    IReadOnlyList<Tally> ByTopic,
    IReadOnlyList<string> StatesReached,
    int ConflictsRaised,
    int ConflictsCoordinated,
    int ConflictsNotConflicts)
{
    public int ConflictsOpen => ConflictsRaised - ConflictsCoordinated - ConflictsNotConflicts;

    /// <param name="plans">Registrations whose window meets the period.</param>
    /// <param name="conflictsRaised">Conflicts detected during the period, settled or not.</param>
    /// <param name="regionOf">The M49 region of a state (ISO3).</param>
    public static PeriodSummary Build(DateWindow period, IEnumerable<OutreachPlan> plans, IEnumerable<RecordedConflict> conflictsRaised, Func<string, string> regionOf)
    {
        var all = plans.Where(p => p.Window.Overlaps(period)).ToList();
        var active = all.Where(p => p.State != OutreachState.Cancelled).ToList();
        var conflicts = conflictsRaised.ToList();
        return new PeriodSummary(
            period,
            Activities: active.Count,
            Done: active.Count(p => p.State == OutreachState.Done),
            Planned: active.Count(p => p.State == OutreachState.Planned),
            Cancelled: all.Count - active.Count,
            // A registration reaching two regions counts once in each.
            ByRegion: Count(active.SelectMany(p => p.Countries.Select(regionOf).Distinct())),
            ByKind: Count(active.Select(p => OutreachWords.Describe(p.Kind))),
            ByTopic: Count(active.SelectMany(p => p.Topics.Select(OutreachWords.Describe))),
            StatesReached: active.SelectMany(p => p.Countries).Distinct().Order(StringComparer.Ordinal).ToList(),
            ConflictsRaised: conflicts.Count,
            ConflictsCoordinated: conflicts.Count(c => c.Resolution == ConflictResolution.Coordinated),
            ConflictsNotConflicts: conflicts.Count(c => c.Resolution == ConflictResolution.NotAConflict));
    }

    /// <summary>Largest first, then by name, so the table reads the same every time.</summary>
    private static List<Tally> Count(IEnumerable<string> names) => names
        .GroupBy(n => n, StringComparer.Ordinal)
        .Select(g => new Tally(g.Key, g.Count()))
        .OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.Ordinal)
        .ToList();
}
