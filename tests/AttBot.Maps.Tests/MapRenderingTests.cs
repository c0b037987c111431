using AttBot.Domain.Countries;
using AttBot.Domain.Treaty;
using AttBot.Maps.Drawing;
using SkiaSharp;

namespace AttBot.Maps.Tests;

/// <summary>What a reader of the map sees: the right colours in the right places, the small states, no streaks, the counts.</summary>
public class MapRenderingTests
{
    private static readonly Lazy<RenderedMap> WorldMap = new(() => MapRenderer.Render(MapSamples.World()));
    private static readonly Lazy<RenderedMap> OceaniaMap = new(() => MapRenderer.Render(MapSamples.Region("Oceania")));

    [Fact]
    public void The_world_map_is_a_png_of_the_expected_size()
    {
        using var bitmap = Decode(WorldMap.Value);
        Assert.Equal(MapRenderer.Width, bitmap.Width);
        Assert.Equal(MapRenderer.Height, bitmap.Height);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], WorldMap.Value.Png[..4]);
    }

    [Fact]
    public void Mexico_has_the_party_colour_and_Viet_Nam_and_Pakistan_the_colour_of_neither()
    {
        Assert.Equal(TreatyStatus.Party, MapSamples.Country("MEX").Status);
        Assert.Equal(TreatyStatus.None, MapSamples.Country("VNM").Status);
        using var bitmap = Decode(WorldMap.Value);
        AssertColour(MapPalette.Party, At(bitmap, WorldMap.Value, -102, 24));
        AssertColour(MapPalette.Neither, At(bitmap, WorldMap.Value, 105.8, 21.0));
        AssertColour(MapPalette.Neither, At(bitmap, WorldMap.Value, 73.0, 33.6));
    }

    [Fact]
    public void Tonga_and_Tuvalu_are_drawn_as_dots_in_their_status_colour()
    {
        foreach (var map in new[] { WorldMap.Value, OceaniaMap.Value })
        {
            using var bitmap = Decode(map);
            AssertColour(MapPalette.Neither, Pixel(bitmap, map.Markers["776"]));   // Tonga: neither
            AssertColour(MapPalette.Party, Pixel(bitmap, map.Markers["798"]));     // Tuvalu: party
        }
    }

    [Fact]
    public void Nothing_is_drawn_across_the_open_Pacific_on_the_world_map()
    {
        using var bitmap = Decode(WorldMap.Value);
        // A streak from Fiji's or Chukotka's rings across the antimeridian would paint these stretches of open sea.
        for (var lon = -140.0; lon <= -85; lon += 0.5)
            AssertColour(MapPalette.Water, At(bitmap, WorldMap.Value, lon, -17.5));
        for (var lon = -176.0; lon <= -163; lon += 0.5)   // the Chukchi Sea, between Wrangel Island and Alaska
            AssertColour(MapPalette.Water, At(bitmap, WorldMap.Value, lon, 71.2));
    }

    /// <summary>The Pacific small island developing States (UN-OHRLLS list) that the status table holds, Niue included (the Cook Islands are not a participant).</summary>
    public static readonly TheoryData<string> PacificIslandStates = new(["FJI", "KIR", "MHL", "FSM", "NRU", "PLW", "WSM", "SLB", "TON", "TUV", "VUT", "NIU"]);

    [Theory]
    [MemberData(nameof(PacificIslandStates))]
    public void A_Pacific_island_state_is_drawn_whole_on_the_world_map(string iso3)
    {
        var map = WorldMap.Value;
        var country = MapSamples.Country(iso3);
        var at = map.Markers[country.M49];
        // Its marks (dot, and ring with its halo where outreach is planned) lie inside the map's area...
        var reach = MapMarks.Extent(world: true);
        var area = MapRenderer.MapArea;
        Assert.True(at.X - reach >= area.Left && at.X + reach <= area.Right && at.Y - reach >= area.Top && at.Y + reach <= area.Bottom,
            $"{country.Name}'s marks reach {at.X - reach:0.0}..{at.X + reach:0.0} × {at.Y - reach:0.0}..{at.Y + reach:0.0}, outside {area}");
        // ...and are painted whole: just inside the dot's edge on every side is the state's colour, not the white beyond the world's edge.
        using var bitmap = Decode(map);
        var inside = MapMarks.DotRadius(world: true) - 2.5f;
        foreach (var (dx, dy) in new[] { (inside, 0f), (-inside, 0f), (0f, inside), (0f, -inside) })
            AssertColour(MapPalette.Of(country.Status), Pixel(bitmap, new SKPoint(at.X + dx, at.Y + dy)));
        if (MapSamples.Planned.Contains(iso3))
            Assert.True(HasRing(bitmap, at, MapMarks.RingRadius(world: true)), $"{country.Name} has outreach planned: its ring is whole");
    }

    [Fact]
    public void Oceania_is_centred_on_the_Pacific_with_Fiji_whole_on_both_sides_of_the_antimeridian()
    {
        var map = OceaniaMap.Value;
        Assert.InRange(map.Frame.CentreLon, 140, 180);
        using var bitmap = Decode(map);
        // Fiji's main island (west of 180°) and Taveuni's neighbour Qamea side are both land, and the open sea between
        // New Zealand and Tonga stays sea: a wrapped ring would cross it.
        var west = map.Frame.ToPixel(178.0, -17.8);
        var east = map.Frame.ToPixel(-179.9, -16.7);
        Assert.True(east.X > west.X, "east of the antimeridian is drawn to the right in a Pacific-centred map");
        AssertColour(MapPalette.Neither, At(bitmap, map, 178.0, -17.8));
        for (var lon = 160.0; lon <= 200; lon += 0.5)
            AssertColour(MapPalette.Water, At(bitmap, map, lon, -30));
    }

    [Fact]
    public void The_legend_counts_are_the_region_figures()
    {
        foreach (var name in new[] { "Oceania", "Caribbean", "African States", "South-eastern Asia" })
        {
            var picture = MapSamples.Region(name);
            var figures = RegionFigures.Of(MapSamples.Regions.Find(name)!);
            Assert.Equal(
                [$"States Parties: {figures.Parties} ({figures.PartiesPercent} %)", $"Signatories: {figures.Signatories} ({figures.SignatoriesPercent} %)",
                 $"Neither: {figures.Neither} ({figures.NeitherPercent} %)"],
                MapLegend.Entries(picture).Select(e => e.Text));
        }
        var world = WorldFigures.Of(MapSamples.Countries).World;
        Assert.Equal($"States Parties: {world.Parties} ({world.PartiesPercent} %)", MapLegend.Entries(MapSamples.World())[0].Text);
    }

    [Fact]
    public void A_state_with_outreach_planned_gets_a_ring_and_one_without_does_not()
    {
        var map = OceaniaMap.Value;
        using var bitmap = Decode(map);
        Assert.True(HasRing(bitmap, map.Markers["776"], 9f), "Tonga has outreach planned");
        Assert.False(HasRing(bitmap, map.Markers["882"], 9f), "Samoa has none");
        Assert.Equal("Outreach planned in the next 90 days: 4 states", MapLegend.PlannedText(MapSamples.Region("Oceania")));
    }

    [Fact]
    public void The_same_picture_has_the_same_fingerprint_and_a_changed_status_another()
    {
        Assert.Equal(MapSamples.Region("Oceania").Fingerprint(), MapSamples.Region("Oceania").Fingerprint());
        var changed = MapSamples.Region("Oceania") with
        {
            Focus = MapSamples.Region("Oceania").Focus.Select(s => s.Iso3 == "TON" ? s with { Status = TreatyStatus.Party } : s).ToList(),
        };
        Assert.NotEqual(MapSamples.Region("Oceania").Fingerprint(), changed.Fingerprint());
    }

    [Fact]
    public void A_French_map_has_its_legend_in_French_and_an_address_of_its_own()
    {
        var english = MapSamples.Region("Oceania");
        var french = english with { Title = "Océanie", PlannedLabel = "Démarches prévues dans les 90 prochains jours", Language = Domain.Language.Language.French };

        Assert.NotEqual(english.Fingerprint(), (english with { Language = Domain.Language.Language.French }).Fingerprint());
        Assert.Equal("États parties\u00A0: 7 (47\u00A0%)", MapLegend.Entries(french)[0].Text);
        Assert.Equal("Démarches prévues dans les 90 prochains jours\u00A0: 4 États", MapLegend.PlannedText(french));
        using var bitmap = Decode(MapRenderer.Render(french));
        Assert.Equal(MapRenderer.Width, bitmap.Width);
    }

    private static bool HasRing(SKBitmap bitmap, SKPoint centre, float radius)
    {
        var dark = 0;
        for (var a = 0; a < 360; a += 15)
        {
            var p = Pixel(bitmap, new SKPoint(centre.X + radius * MathF.Cos(a * MathF.PI / 180), centre.Y + radius * MathF.Sin(a * MathF.PI / 180)));
            if (p.Red < 100 && p.Green < 100 && p.Blue < 100) dark++;
        }
        return dark >= 18;
    }

    /// <summary>The colour a reader sees, allowing the few levels a PNG decoder's colour handling may shift it by.</summary>
    private static void AssertColour(SKColor expected, SKColor actual)
    {
        var near = Math.Abs(expected.Red - actual.Red) <= 6 && Math.Abs(expected.Green - actual.Green) <= 6 && Math.Abs(expected.Blue - actual.Blue) <= 6;
        Assert.True(near, $"expected {expected}, found {actual}");
    }

    internal static SKBitmap Decode(RenderedMap map) => SKBitmap.Decode(map.Png) ?? throw new InvalidOperationException("not a PNG");

    private static SKColor At(SKBitmap bitmap, RenderedMap map, double lon, double lat) => Pixel(bitmap, map.Frame.ToPixel(lon, lat));

    private static SKColor Pixel(SKBitmap bitmap, SKPoint p) => bitmap.GetPixel((int)MathF.Floor(p.X), (int)MathF.Floor(p.Y)).WithAlpha(255);
}
