using AttBot.Data.Seed;
using AttBot.Domain.Countries;
using AttBot.Maps;

namespace AttBot.Maps.Tests;

/// <summary>Maps drawn from the seed status table, with outreach planned for a few states, as the bot would draw them.</summary>
public static class MapSamples
{
    public static readonly IReadOnlyList<Country> Countries = StatusTable.ReadSeed();
    public static readonly RegionDirectory Regions = new(Countries);
    public static readonly IReadOnlySet<string> Planned = new HashSet<string> { "TON", "FJI", "VNM", "PAK", "KIR", "SLB", "TTO" };
    public const string Label = "Outreach planned in the next 90 days";

    public static MapPicture World() =>
        MapPicture.Of("World", world: true, Countries, Countries, Planned, Label, StatusTable.SeedCurrentTo);

    public static MapPicture Region(string name)
    {
        var region = Regions.Find(name) ?? throw new ArgumentException(name);
        return MapPicture.Of(region.Name, world: false, region.Countries, Countries, Planned, Label, StatusTable.SeedCurrentTo);
    }

    public static Country Country(string iso3) => Countries.Single(c => c.Iso3 == iso3);
}
