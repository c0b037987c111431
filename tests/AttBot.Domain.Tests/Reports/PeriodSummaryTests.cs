using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;
using static AttBot.Domain.Tests.Outreach.Plans;

namespace AttBot.Domain.Tests.Reports;

public sealed class PeriodSummaryTests
{
    private static string RegionOf(string iso3) => iso3 is "TON" or "FJI" ? "Oceania" : "Asia";

    [Fact]
    public void Activities_are_counted_by_region_kind_and_topic_and_cancelled_ones_apart()
    {
        var plans = new[]
        {
            Plan(1, W("2027-01-10"), countries: ["TON", "VNM"]) with { Topics = [OutreachTopic.Accession] },
            Plan(2, W("2027-02-10"), countries: ["FJI"], state: OutreachState.Done) with { Kind = OutreachKind.Workshop, Topics = [OutreachTopic.Accession, OutreachTopic.Reporting] },
            Plan(3, W("2027-03-10"), countries: ["LAO"], state: OutreachState.Cancelled),
            Plan(4, W("2027-07-10"), countries: ["MMR"]), // outside the period
        };

        var summary = PeriodSummary.Build(W("2027-01-01", "2027-03-31"), plans, [], RegionOf);

        Assert.Equal((2, 1, 1, 1), (summary.Activities, summary.Done, summary.Planned, summary.Cancelled));
        Assert.Equal([new Tally("Oceania", 2), new Tally("Asia", 1)], summary.ByRegion);
        Assert.Equal([new Tally("Bilateral", 1), new Tally("Workshop", 1)], summary.ByKind);
        Assert.Equal([new Tally("Ratification / accession", 2), new Tally("Reporting", 1)], summary.ByTopic);
        Assert.Equal(["FJI", "TON", "VNM"], summary.StatesReached);
    }

    [Fact]
    public void Conflicts_are_counted_raised_and_by_how_they_were_settled()
    {
        var pair = new Conflict(Plan(1, W("2027-01-10")), Plan(2, W("2027-01-11"), Bob), ["TON"], ConflictKind.PossibleDuplication);
        var conflicts = new[]
        {
            new RecordedConflict(1, pair, ConflictResolution.Coordinated, "Sam", DateTimeOffset.UnixEpoch),
            new RecordedConflict(2, pair, ConflictResolution.NotAConflict, "Sam", DateTimeOffset.UnixEpoch),
            new RecordedConflict(3, pair, null, null, null),
        };

        var summary = PeriodSummary.Build(W("2027-01-01", "2027-03-31"), [], conflicts, RegionOf);

        Assert.Equal((3, 1, 1, 1), (summary.ConflictsRaised, summary.ConflictsCoordinated, summary.ConflictsNotConflicts, summary.ConflictsOpen));
    }

    [Fact]
    public void Conflicts_count_in_the_period_of_their_activities_not_of_the_day_they_were_noticed()
    {
        // Registered and noticed in 2026, for visits in March 2027: a 2027 figure, beside the 2027 activities.
        var pair = new Conflict(Plan(1, W("2027-03-10")), Plan(2, W("2027-03-12"), Bob), ["TON"], ConflictKind.PossibleDuplication);
        RecordedConflict[] conflicts = [new(1, pair, null, null, null)];
        Assert.Equal(0, PeriodSummary.Build(W("2026-01-01", "2026-12-31"), [pair.Earlier, pair.Later], conflicts, RegionOf).ConflictsRaised);
        var y2027 = PeriodSummary.Build(W("2027-01-01", "2027-12-31"), [pair.Earlier, pair.Later], conflicts, RegionOf, registered: 0);
        Assert.Equal((2, 1, 1), (y2027.Activities, y2027.ConflictsRaised, y2027.ConflictsOpen));
    }

    [Fact]
    public void A_conflict_stops_being_open_when_either_registration_is_cancelled_or_done()
    {
        var cancelled = new Conflict(Plan(1, W("2027-01-10")), Plan(2, W("2027-01-11"), Bob, state: OutreachState.Cancelled), ["TON"], ConflictKind.PossibleDuplication);
        var done = new Conflict(Plan(3, W("2027-01-10"), state: OutreachState.Done), Plan(4, W("2027-01-11"), Bob), ["TON"], ConflictKind.PossibleDuplication);
        RecordedConflict[] conflicts = [new(1, cancelled, null, null, null), new(2, done, null, null, null)];

        var summary = PeriodSummary.Build(W("2027-01-01", "2027-03-31"), [], conflicts, RegionOf);

        Assert.Equal((2, 0, 2), (summary.ConflictsRaised, summary.ConflictsOpen, summary.ConflictsEnded));
    }
}
