using AttBot.Domain.Countries;
using AttBot.Domain.Outreach;
using AttBot.Domain.Tests.Countries;
using static AttBot.Domain.Tests.Outreach.Plans;

namespace AttBot.Domain.Tests.Outreach;

/// <summary>Which region a person's own page shows: the one they champion, else where their registrations go, else the world.</summary>
public class PersonRegionTests
{
    private static Country? Find(string iso3) => SeedCountries.All.FirstOrDefault(c => c.Iso3 == iso3);

    [Fact]
    public void A_champion_sees_the_region_first_granted()
    {
        var region = PersonRegion.Of(["Caribbean", "Oceania"], [Plan(1, W("2027-03-10"), countries: ["VNM"])], Find);
        Assert.Equal(new PersonRegion("Caribbean", RegionReason.Champion), region);
    }

    [Fact]
    public void Otherwise_the_M49_region_most_planned_registrations_reach()
    {
        var plans = new[]
        {
            Plan(1, W("2027-03-10"), countries: ["VNM"]),
            Plan(2, W("2027-03-10"), countries: ["TON", "FJI"]),
            Plan(3, W("2027-01-10"), countries: ["PAK", "NPL", "LKA"], state: OutreachState.Done),
        };
        Assert.Equal(new PersonRegion("Oceania", RegionReason.Registrations), PersonRegion.Of([], plans, Find));
    }

    [Fact]
    public void A_region_registered_by_name_every_time_is_that_region()
    {
        var plans = new[] { Plan(1, W("2027-03-10"), countries: ["CUB", "HTI"]) with { Region = "Caribbean" } };
        Assert.Equal(new PersonRegion("Caribbean", RegionReason.Registrations), PersonRegion.Of([], plans, Find));
    }

    [Fact]
    public void Past_registrations_count_when_none_is_planned_and_nothing_gives_the_world()
    {
        var past = new[] { Plan(1, W("2026-01-10"), countries: ["VNM"], state: OutreachState.Cancelled) };
        Assert.Equal(new PersonRegion("Asia", RegionReason.Registrations), PersonRegion.Of([], past, Find));
        Assert.Equal(new PersonRegion(null, RegionReason.None), PersonRegion.Of([], [], Find));
    }
}
