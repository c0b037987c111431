namespace AttBot.Maps.Geometry;

/// <summary>
/// The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): equal-area, so a region's share of the map is its
/// share of the land, and pleasant for whole-world maps. Horizontal position is linear in longitude, which lets a ring
/// that runs past the map's edge be drawn again 360° further (see <see cref="Wrap"/>).
/// </summary>
public static class EqualEarth
{
    private const double A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796;
    private static readonly double M = Math.Sqrt(3) / 2;

    /// <summary>Projects a longitude (already relative to the central meridian, in degrees) and a latitude.</summary>
    public static (double X, double Y) Project(double lonFromCentre, double lat)
    {
        var lambda = lonFromCentre * Math.PI / 180;
        var theta = Math.Asin(M * Math.Sin(lat * Math.PI / 180));
        double t2 = theta * theta, t6 = t2 * t2 * t2;
        var x = lambda * Math.Cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
        var y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
        return (x, -y);
    }

    /// <summary>A longitude seen from a central meridian, in [-180, 180).</summary>
    public static double Wrap(double lon, double centre)
    {
        var d = (lon - centre + 180) % 360;
        if (d < 0) d += 360;
        return d - 180;
    }
}
