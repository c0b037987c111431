using AttBot.Domain.Countries;
using AttBot.Domain.Treaty;

namespace AttBot.Domain.Tests.Countries;

/// <summary>The regional picture from the seed data, checked against the Working Group's March 2026 figures.</summary>
public sealed class RegionFiguresTests
{
    private static readonly RegionDirectory Regions = new(SeedCountries.All);

    private static RegionFigures Of(string name) => RegionFigures.Of(Regions.Find(name) ?? throw new InvalidOperationException(name));

    [Fact]
    public void Asia_has_23_percent_parties_and_21_percent_signatories()
    {
        var asia = Of("Asia");
        Assert.Equal((23, 21), (asia.PartiesPercent, asia.SignatoriesPercent));
        Assert.Equal(asia.States, asia.Parties + asia.Signatories + asia.Neither);
        Assert.Equal(100, asia.PartiesPercent + asia.SignatoriesPercent + asia.NeitherPercent);
    }

    [Fact]
    public void Oceania_has_47_percent_parties_and_13_percent_signatories()
    {
        var oceania = Of("Oceania");
        Assert.Equal((47, 13), (oceania.PartiesPercent, oceania.SignatoriesPercent));
    }

    [Fact]
    public void The_world_has_118_states_parties_and_25_signatories()
    {
        var world = WorldFigures.Of(SeedCountries.All);
        Assert.Equal((196, 118, 25, 53), (world.World.States, world.World.Parties, world.World.Signatories, world.World.Neither));
        Assert.Equal(["Africa", "Americas", "Asia", "Europe", "Oceania"], world.Regions.Select(r => r.Name));
        Assert.Equal(196, world.Regions.Sum(r => r.States));
        Assert.Equal(5, world.Groups.Count);
        Assert.Equal(193, world.Groups.Sum(g => g.States)); // Holy See, Niue and the State of Palestine are in no group
    }

    [Theory]
    [InlineData("Asia", RegionFigures.M49Region)]
    [InlineData("south-eastern asia", RegionFigures.M49SubRegion)]
    [InlineData("Eastern Africa", RegionFigures.M49IntermediateRegion)]
    [InlineData("Caribbean", RegionFigures.M49IntermediateRegion)]
    [InlineData("African States", RegionFigures.RegionalGroup)]
    public void Regions_sub_regions_intermediate_regions_and_groups_are_found_by_name(string name, string kind) =>
        Assert.Equal(kind, Of(name).Kind);

    [Theory]
    [InlineData("GRULAC", "Latin American and Caribbean States")]
    [InlineData("weog", "Western European and other States")]
    [InlineData("EEG", "Eastern European States")]
    [InlineData("Asia-Pacific", "Asia-Pacific States")]
    [InlineData("Asia Pacific group", "Asia-Pacific States")]
    [InlineData("African Group", "African States")]
    [InlineData("the Pacific", "Oceania")]
    [InlineData("Pacific", "Oceania")]
    [InlineData("Latin America", "Latin America and the Caribbean")]
    [InlineData("Middle East", "Western Asia")]
    public void The_names_used_in_the_corridors_find_their_region(string typed, string region) =>
        Assert.Equal(region, Regions.Find(typed)?.Name);

    [Fact]
    public void A_region_named_in_full_is_never_taken_for_its_alias() =>
        Assert.Equal("Latin America and the Caribbean", Regions.Find("Latin America and the Caribbean")?.Name);

    [Fact]
    public void The_states_to_reach_are_the_non_parties_with_signatories_listed_separately()
    {
        var oceania = Of("Oceania");
        Assert.All(oceania.SignatoriesToReach, c => Assert.Equal(TreatyStatus.Signatory, c.Status));
        Assert.All(oceania.NeitherToReach, c => Assert.Equal(TreatyStatus.None, c.Status));
        Assert.Contains(oceania.NeitherToReach, c => c.Name == "Tonga");
        Assert.Equal(oceania.Signatories, oceania.SignatoriesToReach.Count);
        Assert.Equal(oceania.SignatoriesToReach.Select(c => c.Name).Order(StringComparer.Ordinal), oceania.SignatoriesToReach.Select(c => c.Name));
    }

    [Fact]
    public void Percentages_round_half_away_from_zero()
    {
        var f = RegionFigures.Of("x", RegionFigures.World, SeedCountries.All.Take(8));
        Assert.Equal(13, f.Percent(1)); // 12.5 %
        Assert.Equal(38, f.Percent(3)); // 37.5 %
    }
}
