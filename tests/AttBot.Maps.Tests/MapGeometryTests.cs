using AttBot.Maps.Geometry;

namespace AttBot.Maps.Tests;

public class MapGeometryTests
{
    [Fact]
    public void Every_state_of_the_status_table_has_a_shape()
    {
        var missing = MapSamples.Countries.Where(c => !WorldGeometry.Instance.ByM49.ContainsKey(c.M49)).Select(c => c.Name).ToList();
        Assert.Empty(missing);
        Assert.Equal(196, MapSamples.Countries.Count);
    }

    [Fact]
    public void Somaliland_is_drawn_as_part_of_Somalia_and_Antarctica_is_left_out()
    {
        Assert.False(WorldGeometry.Instance.ByM49.ContainsKey("-3"));
        Assert.False(WorldGeometry.Instance.ByM49.ContainsKey("010"));
        Assert.True(WorldGeometry.Instance.ByM49["706"].Rings.Count >= 2);
    }

    [Fact]
    public void Viet_Nams_marker_is_inside_Viet_Nam_not_in_Laos()
    {
        var (lon, lat) = ShapeMeasures.LabelPoint(WorldGeometry.Instance.ByM49["704"]);
        Assert.InRange(lon, 105.5, 109.5);
        Assert.InRange(lat, 8.5, 23.5);
    }
}
