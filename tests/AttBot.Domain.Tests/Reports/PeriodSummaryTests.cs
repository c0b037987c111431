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
}
