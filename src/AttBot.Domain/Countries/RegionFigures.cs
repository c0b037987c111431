using AttBot.Domain.Treaty;

namespace AttBot.Domain.Countries;

/// <summary>
/// Where a group of states stands on the treaty: how many are parties, signatories or neither, with percentages,
/// and the states still to reach (signatories first, as they are the nearest to joining). Always computed from the
/// status table, never typed in, so the figures move the moment the data does.
/// </summary>
public sealed record RegionFigures(string Name, string Kind, int States, int Parties, int Signatories, int Neither,
    IReadOnlyList<Country> SignatoriesToReach, IReadOnlyList<Country> NeitherToReach)
{
    // What the reader is told the group is: the UN Statistics Division's regions (its "M49" standard), or a regional group.
    public const string M49Region = "Region", M49SubRegion = "Sub-region", M49IntermediateRegion = "Intermediate region",
        RegionalGroup = "UN regional group", World = "World";

    public int PartiesPercent => Percent(Parties);
    public int SignatoriesPercent => Percent(Signatories);
    public int NeitherPercent => Percent(Neither);

    /// <summary>Whole per cent, rounded half away from zero as reports print them (22.9 → 23, 20.8 → 21).</summary>
    public int Percent(int count) => States == 0 ? 0 : (int)Math.Round(100m * count / States, MidpointRounding.AwayFromZero);

    public static RegionFigures Of(string name, string kind, IEnumerable<Country> countries)
    {
        var list = countries.ToList();
        return new RegionFigures(name, kind, list.Count,
            list.Count(c => c.Status == TreatyStatus.Party),
            list.Count(c => c.Status == TreatyStatus.Signatory),
            list.Count(c => c.Status == TreatyStatus.None),
            list.Where(c => c.Status == TreatyStatus.Signatory).OrderBy(c => c.Name, StringComparer.Ordinal).ToList(),
            list.Where(c => c.Status == TreatyStatus.None).OrderBy(c => c.Name, StringComparer.Ordinal).ToList());
    }

    /// <summary>The figures of a named region, saying which kind of region it is.</summary>
    public static RegionFigures Of(Region region) => Of(region.Name, KindOf(region), region.Countries);

    private static string KindOf(Region region)
    {
        var sample = region.Countries.FirstOrDefault();
        if (sample is null) return M49Region;
        if (sample.Region == region.Name) return M49Region;
        if (sample.SubRegion == region.Name) return M49SubRegion;
        if (sample.IntermediateRegion == region.Name) return M49IntermediateRegion;
        return RegionalGroup;
    }
}

/// <summary>The world table: every M49 region and every UN regional group, and the world as a whole.</summary>
public sealed record WorldFigures(RegionFigures World, IReadOnlyList<RegionFigures> Regions, IReadOnlyList<RegionFigures> Groups)
{
    public static WorldFigures Of(IReadOnlyList<Country> countries) => new(
        RegionFigures.Of("World", RegionFigures.World, countries),
        countries.GroupBy(c => c.Region).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => RegionFigures.Of(g.Key, RegionFigures.M49Region, g)).ToList(),
        countries.Where(c => c.RegionalGroup is not null).GroupBy(c => c.RegionalGroup!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => RegionFigures.Of(g.Key, RegionFigures.RegionalGroup, g)).ToList());
}
