using AttBot.Domain.Outreach;

namespace AttBot.Domain.Reports;

/// <summary>
/// The Secretariat's weekly digest: what was registered in the week before it, the conflicts still open, the outreach
/// of the next two weeks, and the finished outreach whose findings are still missing. Lists are cut to
/// <see cref="MaxListed"/>; the counts are whole.
/// </summary>
public sealed record Digest(
    DateWindow Week,
    IReadOnlyList<OutreachPlan> NewRegistrations,
    int NewRegistrationCount,
    IReadOnlyList<RecordedConflict> OpenConflicts,
    int OpenConflictCount,
    IReadOnlyList<OutreachPlan> Upcoming,
    int UpcomingCount,
    IReadOnlyList<OutreachPlan> OverdueOutcomes,
    int OverdueOutcomeCount)
{
    public const int MaxListed = 10;

    /// <summary>How far ahead "upcoming" looks.</summary>
    public const int UpcomingDays = 14;

    /// <summary>The week a digest sent at <paramref name="due"/> covers: the seven days before that day.</summary>
    public static DateWindow WeekBefore(DateTimeOffset due)
    {
        var day = DateOnly.FromDateTime(due.UtcDateTime);
        return new DateWindow(day.AddDays(-7), day.AddDays(-1));
    }
}
