using AttBot.Domain.Outreach;

namespace AttBot.Domain.Reports;

/// <summary>A count under a name: "Asia 12", "Workshop 3".</summary>
public sealed record Tally(string Name, int Count);

/// <summary>
/// The Working Group's figures for a period, by one rule: activities, and the conflicts between them, are counted by
/// the activity's dates (an activity in March 2027 counts for 2027, whenever it was registered or the clash noticed);
/// only <see cref="Registered"/> counts registrations by the day they were made. Cancelled registrations are counted
/// apart and reach no one. A conflict is open while neither registration is cancelled or done, no move took them
/// apart, and nobody settled it.
/// </summary>
public sealed record PeriodSummary(
    DateWindow Period,
    int Activities,
    int Done,
    int Planned,
    int Cancelled,
    int Registered,
    IReadOnlyList<Tally> ByRegion,
    IReadOnlyList<Tally> ByKind,
    IReadOnlyList<Tally> ByTopic,
    IReadOnlyList<string> StatesReached,
    int ConflictsRaised,
    int ConflictsCoordinated,
    int ConflictsNotConflicts,
    int ConflictsOpen)
{
    /// <summary>Conflicts that ended without being settled: one of the two registrations was cancelled or done, or moved away.</summary>
    public int ConflictsEnded => ConflictsRaised - ConflictsCoordinated - ConflictsNotConflicts - ConflictsOpen;

    /// <param name="plans">Registrations whose window meets the period (others are left out here).</param>
    /// <param name="conflicts">Recorded conflicts; those where neither activity meets the period are left out here.</param>
    /// <param name="registered">Registrations made during the period, whatever their dates.</param>
    /// <param name="regionOf">The region of a state (ISO3).</param>
    public static PeriodSummary Build(DateWindow period, IEnumerable<OutreachPlan> plans, IEnumerable<RecordedConflict> conflicts,
        Func<string, string> regionOf, int registered = 0)
    {
        var all = plans.Where(p => p.Window.Overlaps(period)).ToList();
        var active = all.Where(p => p.State != OutreachState.Cancelled).ToList();
        var meeting = conflicts.Where(c => c.Conflict.Earlier.Window.Overlaps(period) || c.Conflict.Later.Window.Overlaps(period)).ToList();
        return new PeriodSummary(
            period,
            Activities: active.Count,
            Done: active.Count(p => p.State == OutreachState.Done),
            Planned: active.Count(p => p.State == OutreachState.Planned),
            Cancelled: all.Count - active.Count,
            Registered: registered,
            // A registration reaching two regions counts once in each.
            ByRegion: Count(active.SelectMany(p => p.Countries.Select(regionOf).Distinct())),
            ByKind: Count(active.Select(p => OutreachWords.Describe(p.Kind))),
            ByTopic: Count(active.SelectMany(p => p.Topics.Select(OutreachWords.Describe))),
            StatesReached: active.SelectMany(p => p.Countries).Distinct().Order(StringComparer.Ordinal).ToList(),
            ConflictsRaised: meeting.Count,
            ConflictsCoordinated: meeting.Count(c => c.Resolution == ConflictResolution.Coordinated),
            ConflictsNotConflicts: meeting.Count(c => c.Resolution == ConflictResolution.NotAConflict),
            ConflictsOpen: meeting.Count(IsOpen));
    }

    /// <summary>Nobody settled it, and both activities are still planned.</summary>
    public static bool IsOpen(RecordedConflict conflict) =>
        conflict.Resolution is null && conflict.EndedAt is null && conflict.Conflict.Earlier.IsLive && conflict.Conflict.Later.IsLive;

    /// <summary>Largest first, then by name, so the table reads the same every time.</summary>
    private static List<Tally> Count(IEnumerable<string> names) => names
        .GroupBy(n => n, StringComparer.Ordinal)
        .Select(g => new Tally(g.Key, g.Count()))
        .OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.Ordinal)
        .ToList();
}
